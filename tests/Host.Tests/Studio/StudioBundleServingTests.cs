using System.IO.Compression;
using System.Net;
using PlanWorkflows.Host.Studio;
using PlanWorkflows.Host.Tests.Auth;

namespace PlanWorkflows.Host.Tests.Studio;

public sealed class StudioBundleServingTests(SecuredHostFactory factory) : IClassFixture<SecuredHostFactory>
{
    [Fact]
    public async Task Get_WasmWhenBrotliAccepted_ServesBrSiblingWithOriginalContentType()
    {
        using var response = await GetAsync(FakeStudioBundle.FingerprintedWasm, "gzip, deflate, br");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/wasm");
        response.Content.Headers.ContentEncoding.Should().Equal("br");
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        (await DecodeAsync(response, stream => new BrotliStream(stream, CompressionMode.Decompress)))
            .Should().Equal(FakeStudioBundle.ContentOf(FakeStudioBundle.FingerprintedWasm));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br;q=0, gzip")]
    public async Task Get_ScriptWhenOnlyGzipAccepted_ServesGzSibling(string acceptEncoding)
    {
        using var response = await GetAsync(FakeStudioBundle.BlazorScript, acceptEncoding);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        (await DecodeAsync(response, stream => new GZipStream(stream, CompressionMode.Decompress)))
            .Should().Equal(FakeStudioBundle.ContentOf(FakeStudioBundle.BlazorScript));
    }

    [Fact]
    public async Task Get_WithoutAcceptEncoding_ServesOriginalBytesAndVaries()
    {
        using var response = await GetAsync(FakeStudioBundle.Stylesheet, acceptEncoding: null);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        response.Headers.Vary.Should().Contain("Accept-Encoding");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(FakeStudioBundle.ContentOf(FakeStudioBundle.Stylesheet));
    }

    [Fact]
    public async Task Get_IcuDataWithoutSiblings_ServesOctetStreamUncompressed()
    {
        using var response = await GetAsync(FakeStudioBundle.IcuData, "br, gzip");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/octet-stream");
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
    }

    [Theory]
    [InlineData(FakeStudioBundle.FingerprintedWasm, StudioResponseHeaders.Immutable)]
    [InlineData(FakeStudioBundle.IcuData, StudioResponseHeaders.Immutable)]
    [InlineData(FakeStudioBundle.BlazorScript, StudioResponseHeaders.Revalidate)]
    [InlineData(FakeStudioBundle.DotnetScript, StudioResponseHeaders.Revalidate)]
    [InlineData(FakeStudioBundle.Stylesheet, StudioResponseHeaders.Revalidate)]
    public async Task Get_BundleFile_CachesOnlyFingerprintedFrameworkFilesForever(string file, string expectedCacheControl)
    {
        using var response = await GetAsync(file, "br");

        response.Headers.CacheControl!.ToString().Should().Be(expectedCacheControl);
    }

    [Fact]
    public async Task Get_MissingBundleFile_Returns404()
    {
        using var response = await GetAsync("_framework/missing.js", "br");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> GetAsync(string bundleFile, string? acceptEncoding)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/studio/{bundleFile}", UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await client.SendAsync(request);
    }

    private static async Task<byte[]> DecodeAsync(HttpResponseMessage response, Func<Stream, Stream> decoder)
    {
        await using var decoded = decoder(await response.Content.ReadAsStreamAsync());
        using var bytes = new MemoryStream();
        await decoded.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
