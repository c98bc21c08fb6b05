using System.Globalization;
using PlanWorkflows.Workflows.Plans.Assignments;
using PlanWorkflows.Workflows.Plans.Units;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>
/// Collects a container's items (bullets, task-table rows) and, when the container closes, turns them, or the
/// container itself when it has none, into task drafts with ids such as "II.2-a", "III.2" or "II-3".
/// </summary>
internal sealed class TaskDrafter(MentionResolver resolver)
{
    private readonly List<TaskDraft> drafts = [];

    public IReadOnlyList<TaskDraft> Drafts => drafts;

    public static void AddBullet(OutlineContainer container, ClassifiedLine line)
    {
        container.BulletSymbol ??= line.Label;
        if (line.Label == container.BulletSymbol || container.Items.Count == 0)
        {
            container.Items.Add(new OutlineItem(Letter(container.Items.Count), line.Line) { FirstText = line.Content });
        }
        else
        {
            container.Items[^1].Lines.Add(line.Line);
        }
    }

    public void AddField(OutlineContainer container, ClassifiedLine line)
    {
        var item = container.Items.LastOrDefault();
        if (line.Label == TaskFields.Time)
        {
            _ = item is null ? container.TimeSlot = line.Content : item.TimeSlot = line.Content;
            return;
        }

        var units = resolver.ResolveList(line.Content, line.Line.Source);
        if (item is null)
        {
            container.BodyAssignment = (container.BodyAssignment ?? Assignment.None).WithField(line.Label, units);
        }
        else
        {
            item.Assigned = (item.Assigned ?? Assignment.None).WithField(line.Label, units);
        }
    }

    public void AddRow(OutlineContainer container, ClassifiedLine line)
    {
        var cells = line.Line.Cells!;
        var header = TableColumns.FromHeader(cells);
        if (header is not null)
        {
            container.Table = header;
            return;
        }

        var columns = container.Table;
        var content = TableColumns.Cell(cells, columns?.Content);
        var lead = TableColumns.Cell(cells, columns?.Lead);
        if (columns is null || content is null || lead is null)
        {
            container.Body.Add(line.Line with { Text = string.Join(' ', cells.Where(cell => cell.Length > 0)) });
            return;
        }

        var number = TableColumns.Cell(cells, columns.Number);
        var label = number is not null && int.TryParse(number.TrimEnd('.'), CultureInfo.InvariantCulture, out _)
            ? number.TrimEnd('.')
            : (container.Items.Count + 1).ToString(CultureInfo.InvariantCulture);
        var source = line.Line.Source;
        container.Items.Add(new OutlineItem(label, line.Line)
        {
            FirstText = content,
            TimeSlot = TableColumns.Cell(cells, columns.Time),
            Assigned = new Assignment(resolver.ResolveList(lead, source),
                TableColumns.Cell(cells, columns.Coordinating) is { } coordinating ? resolver.ResolveList(coordinating, source) : [],
                [], Model.TaskMandate.Order, string.Empty),
        });
    }

    public void Close(OutlineContainer container)
    {
        if (!container.IsTaskSection)
        {
            return;
        }

        var inherited = container.InheritedUnits;
        foreach (var item in container.Items)
        {
            drafts.Add(new TaskDraft($"{container.Id}-{item.Label}".TrimStart('-'), container.Id, item.Text, item.Source,
                item.FootnoteMarkers, item.Assigned, inherited, item.TimeSlot));
        }

        if (container.Items.Count == 0 && !container.HasChildren && container.Kind != ContainerKind.Root)
        {
            AddHeadingTask(container);
        }
    }

    private void AddHeadingTask(OutlineContainer container)
    {
        var body = container.Body.Select(line => line.Text).ToList();
        var opening = container.InlineText ?? (container.UnitHeading is not null && body.Count > 0 ? null : container.HeadingContent);
        var text = string.Join(' ', opening is null ? body : body.Prepend(opening));
        if (container.Kind == ContainerKind.Top && container.BodyAssignment is null && !MayAssign(text))
        {
            return;
        }

        var isLettered = container.Kind == ContainerKind.Lettered && container.Parent is not null;
        var id = isLettered ? $"{container.Parent!.Id}-{container.Id[(container.Id.LastIndexOf('.') + 1)..]}" : container.Id;
        var markers = container.Body.Prepend(container.Heading!).SelectMany(line => line.FootnoteMarkers).ToList();
        drafts.Add(new TaskDraft(id.TrimStart('-'), isLettered ? container.Parent!.Id : container.Id, text, container.Source, markers,
            container.BodyAssignment, container.InheritedUnits, container.TimeSlot));
    }

    private static bool MayAssign(string text) =>
        text.Contains("chủ trì", StringComparison.Ordinal) || text.StartsWith("Giao ", StringComparison.Ordinal)
        || text.Contains("có trách nhiệm", StringComparison.Ordinal);

    private static string Letter(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : (index + 1).ToString(CultureInfo.InvariantCulture);
}
