using System.Text.RegularExpressions;
using PlanWorkflows.Activities.Organization;
using PlanWorkflows.Workflows.Plans.Diagnostics;
using PlanWorkflows.Workflows.Plans.Model;
using PlanWorkflows.Workflows.Plans.Normalization;

namespace PlanWorkflows.Workflows.Plans.Structure;

/// <summary>
/// Assembles the document's metadata from the header and the signature, inferring the issuer from the body
/// ("Ủy ban nhân dân huyện ban hành Kế hoạch") or the signature ("TM. ỦY BAN NHÂN DÂN") when there is no letterhead.
/// </summary>
internal static partial class DocumentMetadata
{
    public static PlanDocument Build(DocumentHeader header, Signer? signer, IReadOnlyList<PlanLine> lines, Localities localities,
        IOrganizationDirectory directory, DiagnosticBag diagnostics)
    {
        var (issuer, parent) = FromLetterhead(header.Letterhead);
        if (issuer is null)
        {
            issuer = Inferred(lines, signer, localities);
            if (issuer is not null)
            {
                diagnostics.Info(DiagnosticCodes.IssuerInferred, $"no letterhead: issuer \"{issuer}\" inferred from the text", null);
            }
        }

        ReportGaps(header, issuer, diagnostics);
        return new PlanDocument(header.Kind, header.Number, header.Date, Official(issuer, header.Date, directory),
            Official(parent, header.Date, directory), header.Place, header.Title, signer);
    }

    private static (string? Issuer, string? Parent) FromLetterhead(IReadOnlyList<string> letterhead)
    {
        if (letterhead.Count == 0)
        {
            return (null, null);
        }

        var names = letterhead.Select(CapsText.ToNormalCase).ToList();
        var joinsPlace = names.Count >= 2 && PlaceStart().IsMatch(names[^1]);
        var issuer = joinsPlace ? $"{names[^2]} {names[^1]}" : names[^1];
        var parentCount = names.Count - (joinsPlace ? 2 : 1);
        return (issuer, parentCount > 0 ? string.Join(' ', names.Take(parentCount)) : null);
    }

    private static string? Inferred(IReadOnlyList<PlanLine> lines, Signer? signer, Localities localities)
    {
        var enacting = lines.Select(line => Enacting().Match(line.Text)).FirstOrDefault(match => match.Success);
        if (enacting is not null)
        {
            return localities.Complete(enacting.Groups["body"].Value);
        }

        var capacity = signer?.Capacity is { } text ? TogetherWith().Match(text) : null;
        return capacity is { Success: true } ? CapsText.ToNormalCase(capacity.Groups["body"].Value) : null;
    }

    private static string? Official(string? name, DateOnly? date, IOrganizationDirectory directory)
    {
        var resolution = name is null ? null : directory.Resolve(name, date);
        return resolution is { GroupId: null, UnitIds.Count: 1 } ? directory.FindUnit(resolution.UnitIds[0])?.Name ?? name : name;
    }

    private static void ReportGaps(DocumentHeader header, string? issuer, DiagnosticBag diagnostics)
    {
        if (header.Number is null)
        {
            diagnostics.Warning(DiagnosticCodes.NumberMissing, "the document number (\"Số: ...\") is missing", header.TitleLine);
        }

        if (header.Date is null)
        {
            diagnostics.Warning(DiagnosticCodes.DateMissing, "the issue date (\"..., ngày ... tháng ... năm ...\") is missing", header.TitleLine);
        }

        if (issuer is null)
        {
            diagnostics.Warning(DiagnosticCodes.IssuerMissing, "the issuing body could not be found", header.TitleLine);
        }
    }

    [GeneratedRegex(@"^(?:Huyện|Tỉnh|Xã|Thị trấn|Thành phố|Quận|Phường|Thị xã)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PlaceStart();

    [GeneratedRegex(@"(?<body>(?:Ủy|Uỷ) ban nhân dân (?:huyện|tỉnh|xã|thị trấn|thành phố|thị xã|quận|phường)(?:\s+\p{Lu}[\p{Ll}]*(?:\s+\p{Lu}[\p{Ll}]*)*)?)\s+ban hành", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Enacting();

    [GeneratedRegex(@"^(?:TM|T/M)\.?\s+(?<body>.+?)(?:;|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TogetherWith();
}
