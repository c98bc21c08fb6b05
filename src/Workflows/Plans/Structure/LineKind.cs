namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>What a body line is, by its form.</summary>
internal enum LineKind
{
    /// <summary>"II. NHIỆM VỤ ...", "PHẦN I", "Điều 2.", or a capitalised "1. MỤC ĐÍCH".</summary>
    TopHeading,

    /// <summary>"1.", "2.1." headings.</summary>
    NumberedHeading,

    /// <summary>"a)", "b." items.</summary>
    LetteredItem,

    /// <summary>"-", "+", "*", "•" items.</summary>
    Bullet,

    /// <summary>"Thực hiện: ..." lines that assign the items above.</summary>
    Assignment,

    /// <summary>A labelled field of the task above: "Cơ quan chủ trì: ...", "Đơn vị phối hợp: ...", "Thời gian thực hiện: ...".</summary>
    Field,

    /// <summary>A table row.</summary>
    TableRow,

    /// <summary>Running text.</summary>
    Paragraph,
}

/// <summary>A body line with its form: label (numbering, letter or bullet symbol) and the text after it.</summary>
internal sealed record ClassifiedLine(LineKind Kind, string Label, string Content, Normalization.PlanLine Line);

/// <summary>The labels of <see cref="LineKind.Field"/> lines.</summary>
internal static class TaskFields
{
    public const string Lead = "lead";

    public const string Coordinating = "coordinating";

    public const string Time = "time";
}
