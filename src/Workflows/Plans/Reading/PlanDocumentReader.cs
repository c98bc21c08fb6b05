namespace PlanWorkflows.Workflows.Plans.Reading;

/// <summary>Picks the reader for a file from its content (not only its name) and refuses what it cannot read.</summary>
internal static class PlanDocumentReader
{
    private const long MaximumBytes = 50L * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0];
    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();

    public static IReadOnlyList<SourceLine> Read(Stream stream, string fileName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        if (buffer.Length > MaximumBytes)
        {
            throw new UnreadableDocumentException($"the file is larger than {MaximumBytes / 1024 / 1024} MB");
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(ZipSignature))
        {
            return fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || !HasTextExtension(fileName)
                ? DocxPlanReader.Read(new MemoryStream(bytes.ToArray()))
                : throw new UnreadableDocumentException("the file is a ZIP archive, not text");
        }

        if (bytes.StartsWith(OleSignature))
        {
            throw new UnreadableDocumentException("old Word (.doc) files are not supported: save the file as .docx");
        }

        return bytes.StartsWith(PdfSignature)
            ? throw new UnreadableDocumentException("PDF files are not supported: save the plan as .docx or .txt")
            : TextPlanReader.Read(bytes);
    }

    private static bool HasTextExtension(string fileName) =>
        fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
