using System.Text.RegularExpressions;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace PlanWorkflows.Host.Studio;

/// <summary>Content-Encoding, Vary and caching headers of the bundle's files.</summary>
internal static partial class StudioResponseHeaders
{
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Revalidate = "no-cache";

    public static void Apply(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        if (PrecompressedEncoding.OfFile(context.File.Name) is { } encoding)
        {
            headers.ContentEncoding = encoding.ContentCoding;
        }

        headers.Vary = HeaderNames.AcceptEncoding;
        headers.CacheControl = CacheControlFor(context.Context.Request.Path);
    }

    public static string CacheControlFor(PathString requestPath)
    {
        var path = PrecompressedEncoding.StripSuffix(requestPath.Value ?? string.Empty);
        return path.Contains("/_framework/", StringComparison.Ordinal) && FingerprintedName().IsMatch(Path.GetFileName(path))
            ? Immutable
            : Revalidate;
    }

    /// <summary>The .NET build puts a 10-character content hash before the extension: <c>dotnet.native.b6l13xorvf.js</c>.</summary>
    [GeneratedRegex(@"\.[0-9a-z]{10}\.[a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FingerprintedName();
}
