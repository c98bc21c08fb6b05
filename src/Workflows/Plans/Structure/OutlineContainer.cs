using PlanWorkflows.Workflows.Plans.Assignments;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>The kinds of heading an outline container comes from.</summary>
internal enum ContainerKind
{
    /// <summary>Lines before any heading.</summary>
    Root,

    /// <summary>A Roman-numeral, "Phần" or "Điều" heading, or a capitalised numbered one.</summary>
    Top,

    /// <summary>"1.", "2.1." headings.</summary>
    Numbered,

    /// <summary>"a)" items.</summary>
    Lettered,
}

/// <summary>A heading of the plan while it is being read: its items, body text and what assigns them.</summary>
internal sealed class OutlineContainer(ContainerKind kind, string id, string title, int level, PlanLine? heading, OutlineContainer? parent)
{
    public ContainerKind Kind { get; } = kind;

    public string Id { get; } = id;

    public string Title { get; } = title;

    public int Level { get; } = level;

    public PlanLine? Heading { get; } = heading;

    public OutlineContainer? Parent { get; } = parent;

    public bool IsTaskSection { get; init; } = true;

    /// <summary>The heading's text after its numbering.</summary>
    public string HeadingContent { get; init; } = string.Empty;

    public int Depth { get; init; }

    /// <summary>Units the heading itself names ("1. Phòng Y tế", "2. Các phòng, ban: ..."), inherited by items.</summary>
    public Assignment? UnitHeading { get; set; }

    /// <summary>The text after "Unit:" when the heading names its unit inline.</summary>
    public string? InlineText { get; set; }

    public List<PlanLine> Body { get; } = [];

    public List<OutlineItem> Items { get; } = [];

    /// <summary>An assignment line that came while the container had no items: it assigns the heading's task.</summary>
    public Assignment? BodyAssignment { get; set; }

    /// <summary>A "Thời gian thực hiện:" field that came while the container had no items.</summary>
    public string? TimeSlot { get; set; }

    public string? BulletSymbol { get; set; }

    public bool HasChildren { get; set; }

    public TableColumns? Table { get; set; }

    /// <summary>The nearest unit heading of this container or its ancestors.</summary>
    public Assignment? InheritedUnits => UnitHeading ?? Parent?.InheritedUnits;

    public SourceRange Source => new(
        Heading?.Source.StartLine ?? Body.FirstOrDefault()?.Source.StartLine ?? 0,
        Body.LastOrDefault()?.Source.EndLine ?? Heading?.Source.EndLine ?? 0);
}

/// <summary>A bullet, or a task-table row, being read.</summary>
internal sealed class OutlineItem(string label, PlanLine first)
{
    public string Label { get; } = label;

    public List<PlanLine> Lines { get; } = [first];

    /// <summary>The assignment line that assigned it ("Thực hiện: ..."), or the lead/coordinating cells of a table.</summary>
    public Assignment? Assigned { get; set; }

    /// <summary>The "Thời gian" cell of a task table.</summary>
    public string? TimeSlot { get; set; }

    /// <summary>Text that replaces the first line's own text (the content cell of a table row, the bullet's text).</summary>
    public required string FirstText { get; init; }

    public string Text => string.Join(' ', Lines.Skip(1).Select(line => line.Text).Prepend(FirstText));

    public SourceRange Source => new(Lines[0].Source.StartLine, Lines[^1].Source.EndLine);

    public IReadOnlyList<string> FootnoteMarkers => Lines.SelectMany(line => line.FootnoteMarkers).ToList();
}
