using System.IO.Compression;
using System.Text;

namespace PlanWorkflows.Host.Tests.Studio;

/// <summary>A few files laid out like the npm package, each with its .br and .gz siblings (except the .dat).</summary>
internal static class FakeStudioBundle
{
    public const string BlazorScript = "_framework/blazor.webassembly.js";
    public const string DotnetScript = "_framework/dotnet.js";
    public const string FingerprintedWasm = "_framework/Elsa.Api.Client.mbze71icf3.wasm";
    public const string IcuData = "_framework/icudt.oh1zvcfom8.dat";
    public const string Stylesheet = "_content/MudBlazor/MudBlazor.min.css";

    public static byte[] ContentOf(string relativePath) => Encoding.UTF8.GetBytes($"contents of {relativePath} " + new string('x', 200));

    public static void WriteTo(string folder)
    {
        foreach (var file in new[] { BlazorScript, DotnetScript, FingerprintedWasm, Stylesheet })
        {
            Write(folder, file, ContentOf(file));
            Write(folder, file + ".br", Compress(ContentOf(file), stream => new BrotliStream(stream, CompressionLevel.Fastest)));
            Write(folder, file + ".gz", Compress(ContentOf(file), stream => new GZipStream(stream, CompressionLevel.Fastest)));
        }

        Write(folder, IcuData, ContentOf(IcuData));
    }

    private static void Write(string folder, string relativePath, byte[] content)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressed = compressor(output))
        {
            compressed.Write(content);
        }

        return output.ToArray();
    }
}
