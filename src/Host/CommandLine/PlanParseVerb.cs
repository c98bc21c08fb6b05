using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Import;
using PlanWorkflows.Workflows.Plans.Json;

namespace PlanWorkflows.Host.CommandLine;

/// <summary><c>plan parse FILE</c>: prints the imported plan as JSON; exit 2 with one line on stderr if it cannot.</summary>
internal static class PlanParseVerb
{
    public const int Refused = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 1)
        {
            await stderr.WriteLineAsync("usage: plan parse FILE");
            return Refused;
        }

        var result = Import(args[0]);
        if (result.Plan is null)
        {
            await stderr.WriteLineAsync($"plan parse: cannot read {args[0]}: {result.Refusal}");
            return Refused;
        }

        await stdout.WriteLineAsync(PlanJson.Serialize(result.Plan));
        return 0;
    }

    private static PlanImportResult Import(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return new PlanImporter(OrganizationDirectoryFile.LoadKonRay2024()).Import(stream, path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new PlanImportResult(null, exception.Message);
        }
    }
}
