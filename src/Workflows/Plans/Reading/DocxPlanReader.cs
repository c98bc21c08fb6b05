using System.IO.Packaging;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanWorkflows.Workflows.Plans.Reading;

/// <summary>
/// Reads a .docx plan: body paragraphs in order with their list numbering written out, tables as rows of cells,
/// footnote references as superscript markers and footnote bodies as "(ⁿ) ..." lines at the end.
/// </summary>
internal static class DocxPlanReader
{
    public static IReadOnlyList<SourceLine> Read(Stream stream)
    {
        try
        {
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableDocumentException("the .docx file has no document body");
            var numbering = new ListNumbering(document.MainDocumentPart!.NumberingDefinitionsPart?.Numbering);
            var lines = new List<SourceLine>();
            foreach (var element in body.ChildElements)
            {
                AddElement(element, numbering, lines);
            }

            AddFootnotes(document.MainDocumentPart.FootnotesPart, lines);
            return lines;
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or FileFormatException or InvalidDataException)
        {
            throw new UnreadableDocumentException("the .docx file is damaged: " + exception.Message, exception);
        }
    }

    private static void AddElement(OpenXmlElement element, ListNumbering numbering, List<SourceLine> lines)
    {
        switch (element)
        {
            case Paragraph paragraph:
                lines.Add(new SourceLine(lines.Count + 1, numbering.Label(paragraph) + TextOf(paragraph), null));
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = row.Elements<TableCell>()
                        .Select(cell => string.Join('\n', cell.Elements<Paragraph>().Select(p => numbering.Label(p) + TextOf(p))))
                        .ToList();
                    lines.Add(new SourceLine(lines.Count + 1, string.Join(" | ", cells), cells));
                }

                break;
        }
    }

    private static void AddFootnotes(FootnotesPart? part, List<SourceLine> lines)
    {
        foreach (var footnote in part?.Footnotes?.Elements<Footnote>() ?? [])
        {
            var id = footnote.Id?.Value ?? 0;
            var text = string.Join(' ', footnote.Elements<Paragraph>().Select(TextOf)).Trim();
            if (id > 0 && text.Length > 0)
            {
                lines.Add(new SourceLine(lines.Count + 1, $"({Superscript(id)}) {text}", null));
            }
        }
    }

    private static string TextOf(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            _ = element switch
            {
                Text run => text.Append(run.Text),
                TabChar or Break => text.Append(' '),
                FootnoteReference reference => text.Append(Superscript(reference.Id?.Value ?? 0)),
                _ => text,
            };
        }

        return text.ToString();
    }

    private static string Superscript(long number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(digit => "⁰¹²³⁴⁵⁶⁷⁸⁹"[digit - '0']));
}
