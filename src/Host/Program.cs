using PlanWorkflows.Host.CommandLine;
using PlanWorkflows.Host.Hosting;

if (CommandLineVerbs.Matches(args))
{
    return await CommandLineVerbs.RunAsync(args, Console.Out, Console.Error);
}

var app = HostApplication.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
