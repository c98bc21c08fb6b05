using System.Text.Json.Nodes;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// Designer positions: one row per task, one column per step (assign, sign-offs, report), the start on the left and
/// the join and end on the right, both centred on the rows, with room between nodes for Studio's edges and labels.
/// </summary>
internal sealed record DesignerLayout(int TaskCount)
{
    public const int StepColumns = 3;

    private const int NodeWidth = 250;
    private const int NodeHeight = 80;
    private const int ColumnSpacing = NodeWidth + 100;
    private const int RowSpacing = NodeHeight + 60;

    public JsonObject Start() => Designer(0, MiddleY);

    public static JsonObject Step(int taskRow, int stepColumn) => Designer(ColumnSpacing * (stepColumn + 1), RowSpacing * taskRow);

    public JsonObject Join() => Designer(ColumnSpacing * (StepColumns + 1), MiddleY);

    public JsonObject End() => Designer(ColumnSpacing * (StepColumns + 2), MiddleY);

    private int MiddleY => RowSpacing * Math.Max(TaskCount - 1, 0) / 2;

    private static JsonObject Designer(int x, int y) => new()
    {
        ["position"] = new JsonObject { ["x"] = x, ["y"] = y },
        ["size"] = new JsonObject { ["width"] = NodeWidth, ["height"] = NodeHeight },
    };
}
