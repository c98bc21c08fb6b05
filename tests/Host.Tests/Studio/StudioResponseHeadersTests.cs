using PlanWorkflows.Host.Studio;

namespace PlanWorkflows.Host.Tests.Studio;

public sealed class StudioResponseHeadersTests
{
    [Theory]
    [InlineData("/studio/_framework/dotnet.native.b6l13xorvf.wasm.br", StudioResponseHeaders.Immutable)]
    [InlineData("/studio/_framework/dotnet.runtime.v06hirbjsv.js", StudioResponseHeaders.Immutable)]
    [InlineData("/studio/_framework/vi/MudBlazor.Translations.resources.lgm6rsu0kf.wasm.gz", StudioResponseHeaders.Immutable)]
    [InlineData("/studio/_framework/dotnet.js", StudioResponseHeaders.Revalidate)]
    [InlineData("/studio/_framework/blazor.webassembly.js.br", StudioResponseHeaders.Revalidate)]
    [InlineData("/studio/appsettings.json", StudioResponseHeaders.Revalidate)]
    [InlineData("/studio/_content/BlazorMonaco/jsInterop.js", StudioResponseHeaders.Revalidate)]
    public void CacheControlFor_BundlePath_IsImmutableOnlyForHashedFrameworkFiles(string path, string expected)
    {
        StudioResponseHeaders.CacheControlFor(path).Should().Be(expected);
    }
}
