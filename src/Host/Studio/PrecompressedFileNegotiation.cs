using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace PlanWorkflows.Host.Studio;

/// <summary>
/// Rewrites a request for a bundle file to its <c>.br</c> or <c>.gz</c> sibling when the client accepts that
/// coding; <see cref="StudioResponseHeaders"/> then labels the response with its Content-Encoding.
/// </summary>
internal sealed class PrecompressedFileNegotiation(RequestDelegate next, IFileProvider bundleFiles)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments(StudioBundle.RequestPath, out var subpath)
            && subpath.HasValue
            && PrecompressedEncoding.OfFile(subpath.Value) is null
            && PreferredSibling(request, subpath.Value) is { } encoding)
        {
            request.Path = new PathString(request.Path.Value + encoding.FileSuffix);
        }

        return next(context);
    }

    private PrecompressedEncoding? PreferredSibling(HttpRequest request, string subpath)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        return PrecompressedEncoding.All.FirstOrDefault(encoding =>
            Accepts(accepted, encoding.ContentCoding) && bundleFiles.GetFileInfo(subpath + encoding.FileSuffix).Exists);
    }

    private static bool Accepts(IList<StringWithQualityHeaderValue> accepted, string contentCoding)
    {
        var entry = accepted.FirstOrDefault(value => value.Value.Equals(contentCoding, StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(value => value.Value.Equals("*", StringComparison.Ordinal));
        return entry is not null && (entry.Quality ?? 1) > 0;
    }
}
