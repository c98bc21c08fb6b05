using System.Text;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Import;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Tests.Plans;

/// <summary>Imports plan excerpts written in the tests against the Kon Rẫy 2024 directory.</summary>
internal static class PlanText
{
    public static readonly InMemoryOrganizationDirectory Directory = OrganizationDirectoryFile.LoadKonRay2024();

    public static Plan Parse(string text) => Import(Encoding.UTF8.GetBytes(text), "plan.txt").Plan!;

    public static PlanImportResult Import(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes);
        return new PlanImporter(Directory).Import(stream, fileName);
    }

    public static PlanTask Task(this Plan plan, string id) => plan.Tasks.Single(task => task.Id == id);

    public static IEnumerable<string> UnitIds(this IEnumerable<UnitMention> mentions) => mentions.SelectMany(mention => mention.UnitIds);

    public static IEnumerable<string> Texts(this IEnumerable<UnitMention> mentions) => mentions.Select(mention => mention.Text);
}
