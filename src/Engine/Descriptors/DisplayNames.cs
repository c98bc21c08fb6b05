using System.Text.RegularExpressions;

namespace PlanWorkflows.Engine.Descriptors;

/// <summary>Turns a PascalCase member name into Elsa's title-cased display name ("EventName" → "Event Name").</summary>
internal static partial class DisplayNames
{
    public static string Humanize(string pascalCaseName) => WordBoundary().Replace(pascalCaseName, " ");

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}
