using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Assignments;
using PlanWorkflows.Workflows.Plans.Deadlines;
using PlanWorkflows.Workflows.Plans.Diagnostics;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;
using PlanWorkflows.Workflows.Plans.Reading;
using PlanWorkflows.Workflows.Plans.Structure;
using PlanWorkflows.Workflows.Plans.Units;

namespace PlanWorkflows.Workflows.Plans.Import;

/// <summary>Turns the line model of either reader into a <see cref="Plan"/>: normalise, split header/body/tail, read each.</summary>
internal sealed class PlanParser(IOrganizationDirectory directory)
{
    public Plan Parse(IReadOnlyList<SourceLine> source)
    {
        var diagnostics = new DiagnosticBag();
        var (extracted, footnotes) = FootnoteExtractor.Extract(LineCleaner.Clean(source));
        var lines = PageBreakJoiner.Join(extracted);
        var bodyStart = BodyStart(lines);
        var header = HeaderReader.Read(lines.Take(bodyStart).ToList());
        var localities = new Localities(lines.Select(line => line.Text));
        var signer = DocumentTail.Signer(lines.Skip(bodyStart).ToList());
        var document = DocumentMetadata.Build(header, signer, lines, localities, directory, diagnostics);
        var year = header.Date?.Year ?? DateReader.LatestYear(string.Join(' ', lines.Take(Math.Max(bodyStart, 1)).Select(line => line.Text)));

        var resolver = new MentionResolver(directory, header.Date, diagnostics);
        var assignments = new AssignmentReader(resolver, diagnostics);
        var (sections, drafts, closing) = new OutlineReader(assignments, new TaskDrafter(resolver)).Read(lines.Skip(bodyStart));
        var builder = new TaskBuilder(assignments, diagnostics, year);
        var tasks = drafts.Select(builder.Build).ToList();
        if (tasks.Count == 0)
        {
            diagnostics.Warning(DiagnosticCodes.NoTasks, "no tasks were found", null);
        }

        var reporting = ReportingReader.Read(closing.Concat(lines.Skip(bodyStart)), resolver);
        if (reporting?.Cadence is { DueDay: null } cadence)
        {
            diagnostics.Info(DiagnosticCodes.DefaultApplies,
                $"reporting \"{cadence.Text}\" gives no due date: the legal default for a {cadence.Period} report applies", reporting.Source.StartLine);
        }

        var references = ReferenceReader.Read(lines.Concat(footnotes.Select(note => new PlanLine(note.Text, note.Source, null, []))), document.Number, localities);
        return new Plan(document, references, sections, tasks, reporting, DocumentTail.Recipients(lines), footnotes, diagnostics.All);
    }

    private static int BodyStart(IReadOnlyList<PlanLine> lines)
    {
        var kinds = lines.Select(line => LineClassifier.Classify(line).Kind).ToList();
        var top = kinds.IndexOf(LineKind.TopHeading);
        var item = kinds.FindIndex(kind => kind is LineKind.NumberedHeading or LineKind.LetteredItem or LineKind.Bullet or LineKind.Assignment);
        return top >= 0 ? top : item >= 0 ? item : lines.Count;
    }
}
