using System.IO.Compression;
using System.Net.Mime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PlanWorkflows.Host.ElsaApi.Downloads;

/// <summary>A bulk export's answer: a zip holding one JSON file per exported item.</summary>
internal static class ZipDownload
{
    public static async Task<FileContentHttpResult> CreateAsync(
        IAsyncEnumerable<JsonFile> files, string downloadName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await foreach (var file in files.WithCancellation(cancellationToken))
            {
                await using var entry = zip.CreateEntry(file.Name).Open();
                await entry.WriteAsync(file.Content, cancellationToken);
            }
        }

        return TypedResults.File(buffer.ToArray(), MediaTypeNames.Application.Zip, downloadName);
    }
}

/// <summary>One exported item: its file name and UTF-8 JSON.</summary>
internal sealed record JsonFile(string Name, byte[] Content);
