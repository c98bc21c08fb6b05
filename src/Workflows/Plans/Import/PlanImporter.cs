using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Diagnostics;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Reading;
using System.Text.RegularExpressions;

namespace PlanWorkflows.Workflows.Plans.Import;

/// <summary>The result of an import: a plan, or the reason the file could not be read.</summary>
public sealed record PlanImportResult(Plan? Plan, string? Refusal);

/// <summary>
/// Imports a plan document (.txt in UTF-8, UTF-16 or Windows-1258, or .docx) into a <see cref="Plan"/>, resolving
/// units against an organization directory. Never throws on the document's content: an unreadable file gives a
/// refusal, a document that defeats the parser gives a partial plan with an error diagnostic.
/// </summary>
public sealed class PlanImporter(IOrganizationDirectory directory)
{
    /// <summary>Imports <paramref name="stream"/>; <paramref name="fileName"/> helps to tell .docx from text.</summary>
    public PlanImportResult Import(Stream stream, string fileName)
    {
        IReadOnlyList<SourceLine> lines;
        try
        {
            lines = PlanDocumentReader.Read(stream, fileName);
        }
        catch (UnreadableDocumentException exception)
        {
            return new PlanImportResult(null, exception.Message);
        }

        return lines.All(line => string.IsNullOrWhiteSpace(line.Text))
            ? new PlanImportResult(null, "the file is empty")
            : new PlanImportResult(Parse(lines), null);
    }

    private Plan Parse(IReadOnlyList<SourceLine> lines)
    {
        try
        {
            return new PlanParser(directory).Parse(lines);
        }
        catch (RegexMatchTimeoutException exception)
        {
            return Empty(new PlanDiagnostic(DiagnosticSeverity.Error, DiagnosticCodes.Incomplete,
                $"reading the document took too long (a pattern ran over {exception.MatchTimeout.TotalSeconds:0} s): nothing was imported", null));
        }
    }

    private static Plan Empty(PlanDiagnostic diagnostic) =>
        new(new PlanDocument(null, null, null, null, null, null, null, null), [], [], [], null, [], [], [diagnostic]);
}
