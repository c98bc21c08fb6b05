namespace PlanWorkflows.Host.Studio;

/// <summary>A content coding for which the bundle ships a sibling file (<c>.br</c>, <c>.gz</c>).</summary>
internal sealed record PrecompressedEncoding(string ContentCoding, string FileSuffix)
{
    public static readonly PrecompressedEncoding Brotli = new("br", ".br");

    public static readonly PrecompressedEncoding Gzip = new("gzip", ".gz");

    /// <summary>In order of preference: brotli is smaller.</summary>
    public static readonly IReadOnlyList<PrecompressedEncoding> All = [Brotli, Gzip];

    public static PrecompressedEncoding? OfFile(string fileName) =>
        All.FirstOrDefault(encoding => fileName.EndsWith(encoding.FileSuffix, StringComparison.OrdinalIgnoreCase));

    public static string StripSuffix(string fileName) =>
        OfFile(fileName) is { } encoding ? fileName[..^encoding.FileSuffix.Length] : fileName;
}
