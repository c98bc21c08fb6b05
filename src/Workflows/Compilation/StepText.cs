using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>The Vietnamese texts shown for compiled steps and definitions.</summary>
internal static class StepText
{
    private const int TitleLength = 80;
    private const int LabelLength = 48;

    /// <summary>"II.2-a · Thường xuyên rà soát, kiến nghị…": the id and the start of the text.</summary>
    public static string Title(string id, string text) => $"{id} · {Shorten(text, TitleLength)}";

    /// <summary>The text on a designer node: the step, the task id and the first words of the task.</summary>
    public static string Label(string step, string id, string text) => $"{step}: {id} · {Shorten(text, LabelLength)}";

    /// <summary>"31" for one line, "35-41" for several.</summary>
    public static string Lines(SourceRange source) =>
        source.StartLine == source.EndLine ? $"{source.StartLine}" : $"{source.StartLine}-{source.EndLine}";

    public static string Units(string role, UnitSelection units)
    {
        var named = units.Named.Count == 0 ? "chưa xác định." : string.Join("; ", units.Named) + ".";
        return $"{role}: {named}{LeftOut(units)}";
    }

    public static string LeftOut(UnitSelection units) =>
        units.LeftOut.Count == 0
            ? ""
            : $" Không xác định được đơn vị nên chưa giao: {string.Join("; ", units.LeftOut.Select(text => $"«{text}»"))}.";

    public static string Shorten(string text, int length)
    {
        var singleLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (singleLine.Length <= length)
        {
            return singleLine;
        }

        var cut = singleLine.LastIndexOf(' ', length);
        return singleLine[..(cut > 0 ? cut : length)].TrimEnd(',', ';', ':', '.') + "…";
    }
}
