using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanWorkflows.Host.Hosting;
using PlanWorkflows.Host.Tests.Auth;
using PlanWorkflows.Host.Tests.ElsaApi;

namespace PlanWorkflows.Host.Tests.Hosting;

public sealed class WorkflowDefinitionsFolderLoaderTests(WorkflowDefinitionsFolderLoaderTests.SampleFolderHostFactory factory)
    : IClassFixture<WorkflowDefinitionsFolderLoaderTests.SampleFolderHostFactory>
{
    private static readonly int SampleDefinitionCount =
        Directory.GetFiles(RepositoryRoot.Combine("workflow-definitions"), "*.json").Length;

    [Fact]
    public async Task StartAsync_FirstStart_PublishesEverySampleDefinition()
    {
        using var api = ElsaApiClient.Admin(factory);

        var page = await api.GetJsonAsync("/workflow-definitions?versionOptions=Published&PageSize=100");

        SampleDefinitionCount.Should().BeGreaterThan(0);
        page["totalCount"]!.GetValue<long>().Should().Be(SampleDefinitionCount);
    }

    [Fact]
    public async Task StartAsync_DefinitionsAlreadyStored_LeavesThemAtTheirVersion()
    {
        using var api = ElsaApiClient.Admin(factory);
        var loader = factory.Services.GetServices<IHostedService>().OfType<WorkflowDefinitionsFolderLoader>().Single();

        await loader.StartAsync(CancellationToken.None);

        var page = await api.GetJsonAsync("/workflow-definitions?versionOptions=Latest&PageSize=100");
        page["totalCount"]!.GetValue<long>().Should().Be(SampleDefinitionCount);
        page["items"]!.AsArray().Select(item => item!["version"]!.GetValue<int>()).Should().OnlyContain(version => version == 1);
    }

    public sealed class SampleFolderHostFactory : SecuredHostFactory
    {
        public override string WorkflowDefinitionsFolder => RepositoryRoot.Combine("workflow-definitions");
    }
}
