namespace PlanWorkflows.Workflows.Plans.Diagnostics;

/// <summary>The stable codes of import diagnostics.</summary>
public static class DiagnosticCodes
{
    /// <summary>The document number ("Số: ...") is missing.</summary>
    public const string NumberMissing = "document.number-missing";

    /// <summary>The issue date is missing.</summary>
    public const string DateMissing = "document.date-missing";

    /// <summary>The issuer was inferred from the body or the signature, not read from a letterhead.</summary>
    public const string IssuerInferred = "document.issuer-inferred";

    /// <summary>No issuer could be found.</summary>
    public const string IssuerMissing = "document.issuer-missing";

    /// <summary>A mention looks like a unit but the directory does not know it.</summary>
    public const string UnitUnresolved = "unit.unresolved";

    /// <summary>A mention names no particular unit ("các đơn vị liên quan").</summary>
    public const string UnitUnspecific = "unit.unspecific";

    /// <summary>A task has no lead unit.</summary>
    public const string TaskWithoutLead = "task.no-lead";

    /// <summary>An assignment could be read in more than one way.</summary>
    public const string AmbiguousAssignment = "assignment.ambiguous";

    /// <summary>A task is a request to a body outside the issuer's command.</summary>
    public const string Request = "assignment.request";

    /// <summary>A deadline or cadence without a date: the legal default applies.</summary>
    public const string DefaultApplies = "deadline.default-applies";

    /// <summary>The plan has no tasks.</summary>
    public const string NoTasks = "plan.no-tasks";

    /// <summary>Parsing stopped early (a pattern took too long); the result is partial.</summary>
    public const string Incomplete = "plan.incomplete";
}
