using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Diagnostics;

/// <summary>Collects the guesses and gaps of one import.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<PlanDiagnostic> diagnostics = [];

    public IReadOnlyList<PlanDiagnostic> All => diagnostics;

    public void Info(string code, string message, int? line) => Add(DiagnosticSeverity.Info, code, message, line);

    public void Warning(string code, string message, int? line) => Add(DiagnosticSeverity.Warning, code, message, line);

    private void Add(DiagnosticSeverity severity, string code, string message, int? line) =>
        diagnostics.Add(new PlanDiagnostic(severity, code, message, line));
}
