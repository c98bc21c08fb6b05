using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Compilation;

/// <summary>
/// The unit and group ids a step goes to, and the mentions that name no unit the directory knows ("các đơn vị có
/// liên quan", a misspelt unit), which are left out and reported in the step's description.
/// </summary>
internal sealed record UnitSelection(IReadOnlyList<string> Ids, IReadOnlyList<string> Named, IReadOnlyList<string> LeftOut)
{
    public bool IsEmpty => Ids.Count == 0;

    public static UnitSelection From(IEnumerable<UnitMention> mentions)
    {
        var list = mentions.ToList();
        var ids = list.Select(mention => mention.UnitId ?? mention.Group).OfType<string>().Distinct(StringComparer.Ordinal);
        var named = list.Where(Names).Select(mention => mention.Text);
        var leftOut = list.Where(mention => !Names(mention)).Select(mention => mention.Text);
        return new UnitSelection(ids.ToList(), named.ToList(), leftOut.ToList());
    }

    private static bool Names(UnitMention mention) => mention.UnitId is not null || mention.Group is not null;
}
