using System.Text.RegularExpressions;
using PlanWorkflows.Workflows.Plans.Diagnostics;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Units;

namespace PlanWorkflows.Workflows.Plans.Assignments;

/// <summary>
/// Reads assignments: "Thực hiện:" lines, unit headings, and the forms written inside a task ("Giao X chủ trì, phối
/// hợp với Y ...", "X chủ trì, phối hợp với Y; Z ...", "A, B chủ trì", "A; B theo chức năng, nhiệm vụ ...",
/// "X có trách nhiệm ...", "Đề nghị X ...", "X: ..."). Guidance ("theo hướng dẫn của X") is never a lead, and
/// "phối hợp" counts only where it opens a clause and names units.
/// </summary>
internal sealed partial class AssignmentReader(MentionResolver resolver, DiagnosticBag diagnostics)
{
    /// <summary>An assignment line's content (after "Thực hiện:"): everything in it names units.</summary>
    public Assignment ReadLine(string content, SourceRange source)
    {
        var (rest, guidedBy) = TakeGuidance(content, source);
        var mandate = Request().IsMatch(rest) ? TaskMandate.Request : TaskMandate.Order;
        rest = Request().Replace(rest, string.Empty);
        var fields = LeadAndCoordinatingFields().Match(rest);
        if (fields.Success)
        {
            return new Assignment(Resolve(fields.Groups["lead"].Value, source), Resolve(fields.Groups["coordinating"].Value, source), guidedBy, mandate, content);
        }

        var lead = LeadBefore(rest, out var afterLead) ?? UnitPhrases.UpToVerb(rest);
        if (SeveralLeads().Count(rest) > 1)
        {
            diagnostics.Warning(DiagnosticCodes.AmbiguousAssignment, $"several leads in \"{content}\": the first is used", source.StartLine);
        }

        if (lead.Length == 0)
        {
            diagnostics.Warning(DiagnosticCodes.AmbiguousAssignment, $"no lead unit in \"{content}\"", source.StartLine);
        }

        return new Assignment(Resolve(lead, source), Coordinators(afterLead ?? string.Empty, source), guidedBy, mandate, content);
    }

    /// <summary>A heading that names who acts ("1. Phòng Y tế", "4. Đề nghị Ủy ban MTTQ ..."), or null.</summary>
    public Assignment? ReadHeading(string heading, SourceRange source)
    {
        var mandate = Request().IsMatch(heading) ? TaskMandate.Request : TaskMandate.Order;
        var units = Request().Replace(heading, string.Empty).TrimEnd(':', '.', ' ');
        return resolver.IsUnitList(units) ? new Assignment(Resolve(units, source), [], [], mandate, heading) : null;
    }

    /// <summary>What a task's own text says about who does it; <see cref="Assignment.None"/> when it says nothing.</summary>
    public Assignment ReadInline(string text, SourceRange source)
    {
        var labelled = LabelledAssignment().Match(text);
        if (labelled.Success)
        {
            return ReadLine(labelled.Groups["assignment"].Value, source);
        }

        var (rest, guidedBy) = TakeGuidance(text, source);
        var mandate = Request().IsMatch(rest) ? TaskMandate.Request : TaskMandate.Order;
        var subject = Giving().Replace(Request().Replace(rest, string.Empty), string.Empty);
        var lead = LeadBefore(subject, out var afterLead);
        if (lead is null && (mandate == TaskMandate.Request || subject.Length < rest.Length))
        {
            lead = UnitPhrases.UpToVerb(subject);
            afterLead = subject[Math.Min(lead.Length, subject.Length)..];
        }

        if (lead is null && UnitPhrases.UpToVerb(subject) is { Length: > 0 } subjectUnits && subjectUnits.Length < subject.Trim().Length
            && resolver.IsKnownUnitList(subjectUnits))
        {
            lead = subjectUnits;
            afterLead = subject[subject.IndexOf(subjectUnits, StringComparison.Ordinal)..][subjectUnits.Length..];
        }

        var leads = lead is not null && resolver.IsUnitList(lead) ? Resolve(lead, source) : [];
        var coordinating = Coordinators(leads.Count > 0 ? afterLead ?? rest : rest, source);
        return new Assignment(leads, coordinating, guidedBy, leads.Count > 0 ? mandate : TaskMandate.Order, leads.Count > 0 ? text : string.Empty);
    }

    private string? LeadBefore(string text, out string? afterLead)
    {
        var match = LeadVerb().Match(text);
        afterLead = match.Success ? text[(match.Index + match.Length)..] : null;
        return match.Success && resolver.IsUnitList(text[..match.Index]) ? text[..match.Index].Trim() : null;
    }

    private List<UnitMention> Coordinators(string text, SourceRange source)
    {
        var match = Cooperation().Match(text);
        var trailing = match.Success ? match : TrailingCooperation().Match(text);
        var units = match.Success ? UnitPhrases.UpToVerb(match.Groups["units"].Value) : trailing.Success ? trailing.Groups["units"].Value.Trim() : string.Empty;
        return units.Length > 0 && resolver.IsUnitList(units) ? Resolve(units, source) : [];
    }

    private (string Remainder, IReadOnlyList<UnitMention> GuidedBy) TakeGuidance(string text, SourceRange source)
    {
        var match = Guidance().Match(text);
        if (!match.Success)
        {
            return (text, []);
        }

        var guide = UnitPhrases.UpToVerb(match.Groups["units"].Value);
        return (text.Remove(match.Index, match.Length), resolver.IsUnitList(guide) ? Resolve(guide, source) : []);
    }

    private List<UnitMention> Resolve(string list, SourceRange source) => [.. resolver.ResolveList(list, source)];

    [GeneratedRegex(@"\schủ trì\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SeveralLeads();

    [GeneratedRegex(@"^\s*Đề nghị\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Request();

    [GeneratedRegex(@"^\s*(?:Giao|giao|Yêu cầu|yêu cầu)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Giving();

    [GeneratedRegex(@"\s+(?:chủ trì|làm đầu mối|là cơ quan (?:đầu mối|thường trực|chủ trì)|có trách nhiệm|chịu trách nhiệm chính)\b,?|\s*:\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LeadVerb();

    [GeneratedRegex(@"(?:^\s*|chủ trì,?\s*|[;.,]\s*)(?:và\s+)?phối hợp\s+(?:chặt chẽ\s+)?(?:với|cùng)\s+(?<units>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Cooperation();

    [GeneratedRegex(@"^\s*[;,]?\s*(?<units>[^.;:]+?(?:;[^.;:]+?)*)\s+(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\s*\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TrailingCooperation();

    [GeneratedRegex(@"\(\s*(?:(?:Đơn vị|Cơ quan|đơn vị|cơ quan)\s+)?(?:[Tt]hực hiện|[Cc]hủ trì)\s*:\s*(?<assignment>[^()]+)\)\s*[.;]?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LabelledAssignment();

    [GeneratedRegex(@"^(?<lead>[^;:]+?)\s*[;,.]\s*(?:(?:cơ quan|đơn vị|Cơ quan|Đơn vị)\s+)?(?:phối hợp|Phối hợp)\s*:\s*(?<coordinating>[^:]+?)\s*\.?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LeadAndCoordinatingFields();

    [GeneratedRegex(@",?\s*(?:dưới|theo)\s+(?:sự\s+)?(?:hướng dẫn|chỉ đạo)(?:,?\s*(?:chỉ đạo|hướng dẫn))?\s+của\s+(?<units>[^.;]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Guidance();
}
