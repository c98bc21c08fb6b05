using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;
using PlanWorkflows.Workflows.Plans.Units;

namespace PlanWorkflows.Workflows.Plans.Deadlines;

/// <summary>
/// Reads the plan's reporting duty ("Định kỳ báo cáo ... hằng năm về UBND huyện (qua Phòng LĐTBXH)") and the
/// route for difficulties ("báo cáo bằng văn bản về Phòng X tổng hợp, báo cáo UBND huyện"): together the escalation
/// ladder above a lead unit.
/// </summary>
internal static partial class ReportingReader
{
    public static PlanReporting? Read(IEnumerable<PlanLine> candidates, MentionResolver resolver)
    {
        foreach (var line in candidates)
        {
            foreach (var sentence in CadenceReader.Sentences(line.Text))
            {
                var match = ReportTo().Match(sentence);
                if (match.Success)
                {
                    return Build(sentence, match, line, resolver);
                }
            }
        }

        return null;
    }

    private static PlanReporting Build(string sentence, Match match, PlanLine line, MentionResolver resolver)
    {
        var recipient = resolver.Resolve(UnitPhrases.UpToVerb(match.Groups["to"].Value), line.Source);
        var via = match.Groups["via"].Success ? resolver.Resolve(UnitPhrases.Clean(match.Groups["via"].Value), line.Source) : null;
        var difficulties = Difficulties().Match(line.Text);
        var aggregator = via ?? (difficulties.Success ? resolver.Resolve(UnitPhrases.UpToVerb(difficulties.Groups["unit"].Value), line.Source) : null);
        var escalation = new[] { aggregator, recipient }.OfType<UnitMention>()
            .DistinctBy(mention => mention.UnitId ?? mention.Group ?? mention.Text).ToList();
        return new PlanReporting(sentence.Trim(), CadenceReader.Read(sentence, isTimeSlot: false, line.Source), recipient, via, escalation, line.Source);
    }

    [GeneratedRegex(@"báo cáo[^.;]*?\s(?:về|gửi)\s+(?<to>(?:Ủy|Uỷ|UBND|Sở|Phòng|Ban|Thường trực|Văn phòng)[^.;()]*?)\s*(?:\(\s*qua\s+(?<via>[^)]+)\)|$|\s+(?:để|trước|theo|chậm nhất)|[,.;])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReportTo();

    [GeneratedRegex(@"khó khăn, vướng mắc[^.]*?(?:về|cho)\s+(?<unit>(?:Phòng|Sở|Văn phòng|Ban)\s[^.;,]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Difficulties();
}
