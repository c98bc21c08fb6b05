using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.StaticFiles;

namespace PlanWorkflows.Host.Studio;

/// <summary>
/// Content types of the bundle's files. A precompressed sibling (<c>x.wasm.br</c>) has the type of the file it
/// encodes, so the browser decodes it and still sees <c>application/wasm</c>.
/// </summary>
internal sealed class StudioContentTypes : IContentTypeProvider
{
    private readonly FileExtensionContentTypeProvider _extensions = CreateProvider();

    public bool TryGetContentType(string subpath, [MaybeNullWhen(false)] out string contentType) =>
        _extensions.TryGetContentType(PrecompressedEncoding.StripSuffix(subpath), out contentType);

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".dat"] = "application/octet-stream";
        provider.Mappings[".blat"] = "application/octet-stream";
        provider.Mappings[".pdb"] = "application/octet-stream";
        provider.Mappings[".webcil"] = "application/octet-stream";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }
}
