namespace PlanWorkflows.Workflows.Plans.Reading;

/// <summary>Reads a plain-text plan: one <see cref="SourceLine"/> per line; lines with '|' become table rows.</summary>
internal static class TextPlanReader
{
    private static readonly char[] LineBreaks = ['\n', '\f'];

    public static IReadOnlyList<SourceLine> Read(ReadOnlySpan<byte> bytes)
    {
        var text = TextDecoder.Decode(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.Split(LineBreaks).Select((line, index) => ToLine(index + 1, line)).ToList();
    }

    private static SourceLine ToLine(int number, string text)
    {
        if (!text.Contains('|', StringComparison.Ordinal))
        {
            return new SourceLine(number, text, null);
        }

        var cells = text.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToList();
        return cells.TrueForAll(cell => cell.Trim('-', ':', ' ').Length == 0)
            ? new SourceLine(number, string.Empty, null)
            : new SourceLine(number, text, cells);
    }
}
