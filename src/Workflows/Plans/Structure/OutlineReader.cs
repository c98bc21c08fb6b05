using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Assignments;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>
/// Reads the body into sections and task drafts. An assignment line assigns every item since the previous one in
/// its container; a container without items is itself a task; a heading that names units assigns what is below it.
/// </summary>
internal sealed partial class OutlineReader(AssignmentReader assignments, TaskDrafter drafter)
{
    private const int LetteredDepth = 99;

    private readonly List<OutlineContainer> open = [];
    private readonly List<PlanSection> sections = [];
    private readonly List<PlanLine> closing = [];

    public (IReadOnlyList<PlanSection> Sections, IReadOnlyList<TaskDraft> Drafts, IReadOnlyList<PlanLine> Closing) Read(IEnumerable<PlanLine> body)
    {
        var skipping = false;
        foreach (var line in body)
        {
            var classified = LineClassifier.Classify(line);
            skipping = SkipsBlock(classified, skipping);
            if (!skipping)
            {
                Accept(classified);
            }
        }

        CloseWhile(_ => true);
        return (sections, drafter.Drafts, closing);
    }

    private static bool SkipsBlock(ClassifiedLine line, bool skipping) =>
        DocumentPatterns.RecipientsHeading().IsMatch(line.Line.Text) || DocumentPatterns.SignatureCapacity().IsMatch(line.Line.Text)
            || (skipping && line.Kind != LineKind.TopHeading && !DocumentPatterns.KindLine().IsMatch(line.Line.Text));

    private void Accept(ClassifiedLine line)
    {
        switch (line.Kind)
        {
            case LineKind.TopHeading:
                CloseWhile(_ => true);
                Open(ContainerKind.Top, line.Label.Replace("  ", " ", StringComparison.Ordinal), line, 0);
                break;
            case LineKind.NumberedHeading:
                var depth = line.Label.Split('.').Length;
                CloseWhile(container => container.Depth >= depth);
                Open(ContainerKind.Numbered, line.Label, line, depth);
                break;
            case LineKind.LetteredItem:
                CloseWhile(container => container.Depth == LetteredDepth);
                Open(ContainerKind.Lettered, line.Label, line, LetteredDepth);
                break;
            case LineKind.Assignment:
                Assign(Current(), assignments.ReadLine(line.Content, line.Line.Source));
                break;
            case LineKind.Bullet:
                TaskDrafter.AddBullet(Current(), line);
                break;
            case LineKind.Field:
                drafter.AddField(Current(), line);
                break;
            case LineKind.TableRow:
                drafter.AddRow(Current(), line);
                break;
            default:
                AddParagraph(line.Line);
                break;
        }
    }

    private void Open(ContainerKind kind, string label, ClassifiedLine line, int depth)
    {
        var parent = open.LastOrDefault();
        var id = kind switch
        {
            ContainerKind.Numbered when parent is { Kind: not ContainerKind.Root } => parent.Kind == ContainerKind.Top ? $"{parent.Id}.{label}" : $"{TopId()}.{label}",
            ContainerKind.Lettered => $"{parent?.Id}.{label}".TrimStart('.'),
            _ => label,
        };
        var title = line.Content.Split(": ", 2)[0].TrimEnd(':').Trim();
        var container = new OutlineContainer(kind, id, title, (parent?.Level ?? 0) + 1, line.Line, parent)
        {
            Depth = depth,
            HeadingContent = line.Content,
            IsTaskSection = (parent?.IsTaskSection ?? true) && !NonTaskTitle().IsMatch(title),
        };
        ReadHeadingUnits(container, line);
        if (parent is not null)
        {
            parent.HasChildren = true;
        }

        if (kind != ContainerKind.Lettered)
        {
            sections.Add(new PlanSection(id, title, container.Level, line.Line.Source));
        }

        open.Add(container);
    }

    private void ReadHeadingUnits(OutlineContainer container, ClassifiedLine line)
    {
        var source = line.Line.Source;
        container.UnitHeading = assignments.ReadHeading(line.Content, source);
        var parts = line.Content.Split(": ", 2);
        if (container.UnitHeading is null && parts.Length == 2)
        {
            container.UnitHeading = assignments.ReadHeading(parts[0], source);
            container.InlineText = container.UnitHeading is null ? null : parts[1];
        }

        container.UnitHeading ??= assignments.ReadInline(line.Content, source) switch { { HasLead: true } inline => inline, _ => null };
    }

    private static void Assign(OutlineContainer container, Assignment assignment)
    {
        var pending = container.Items.Where(item => item.Assigned is null).ToList();
        if (pending.Count == 0)
        {
            container.BodyAssignment = assignment;
        }

        pending.ForEach(item => item.Assigned = assignment);
    }

    private void AddParagraph(PlanLine line)
    {
        if (Closing().IsMatch(line.Text))
        {
            closing.Add(line);
            return;
        }

        var container = Current();
        if (container.Items.Count > 0)
        {
            container.Items[^1].Lines.Add(line);
        }
        else
        {
            container.Body.Add(line);
        }
    }

    private OutlineContainer Current()
    {
        if (open.Count == 0)
        {
            open.Add(new OutlineContainer(ContainerKind.Root, string.Empty, string.Empty, 0, null, null));
        }

        return open[^1];
    }

    private string TopId() => open.FirstOrDefault(container => container.Kind == ContainerKind.Top)?.Id ?? string.Empty;

    private void CloseWhile(Func<OutlineContainer, bool> shouldClose)
    {
        while (open.Count > 0 && shouldClose(open[^1]))
        {
            var container = open[^1];
            open.RemoveAt(open.Count - 1);
            var draftsBefore = drafter.Drafts.Count;
            drafter.Close(container);
            if (container.Kind == ContainerKind.Lettered && container.Items.Count > 0 && drafter.Drafts.Count > draftsBefore)
            {
                sections.Add(new PlanSection(container.Id, container.Title, container.Level, container.Source));
            }
        }
    }

    [GeneratedRegex(@"^(?:MỤC ĐÍCH|MỤC TIÊU|YÊU CẦU|CĂN CỨ|SỰ CẦN THIẾT|THỰC TRẠNG|TÌNH HÌNH|KẾT QUẢ|ĐÁNH GIÁ|ĐỐI TƯỢNG|PHẠM VI|QUAN ĐIỂM|CHỈ TIÊU|Mục đích|Mục tiêu|Yêu cầu|Căn cứ|Đối tượng|Phạm vi|Quan điểm|Chỉ tiêu)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NonTaskTitle();

    [GeneratedRegex(@"^(?:Trên đây|Căn cứ nội dung|Trong quá trình|Quá trình (?:triển khai|tổ chức)|Yêu cầu (?:Thủ trưởng|thủ trưởng|các)|Định kỳ\b|Chế độ báo cáo)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Closing();
}
