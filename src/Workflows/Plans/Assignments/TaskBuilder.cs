using PlanWorkflows.Workflows.Plans.Deadlines;
using PlanWorkflows.Workflows.Plans.Diagnostics;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Plans.Assignments;

/// <summary>Works out a draft's lead, coordinators, guidance, mandate and schedule, and reports what is missing.</summary>
internal sealed class TaskBuilder(AssignmentReader reader, DiagnosticBag diagnostics, int? contextYear)
{
    public PlanTask Build(TaskDraft draft)
    {
        var inline = reader.ReadInline(draft.Text, draft.Source);
        var assignment = inline.Over((draft.Assigned ?? Assignment.None).Over(draft.Inherited ?? Assignment.None));
        if (!assignment.HasLead)
        {
            diagnostics.Warning(DiagnosticCodes.TaskWithoutLead, $"task {draft.Id} names no lead unit", draft.Source.StartLine);
        }

        if (assignment.Mandate == TaskMandate.Request)
        {
            diagnostics.Info(DiagnosticCodes.Request, $"task {draft.Id} is a request (\"Đề nghị\") to a body outside the issuer's command", draft.Source.StartLine);
        }

        var scheduleText = draft.Assigned is null ? draft.Text : draft.Text + " " + draft.Assigned.Text;
        var schedule = ScheduleReader.Read(scheduleText, draft.TimeSlot, contextYear, draft.Source);
        ReportDefaults(draft, schedule);
        return new PlanTask(draft.Id, draft.Section, draft.Text, assignment.Lead, assignment.Coordinating, assignment.GuidedBy,
            assignment.Mandate, schedule.Deadline, schedule.Cadence, schedule.TargetYear, draft.FootnoteMarkers, draft.Source);
    }

    private void ReportDefaults(TaskDraft draft, Schedule schedule)
    {
        if (schedule.Deadline is { Date: null } deadline)
        {
            diagnostics.Info(DiagnosticCodes.DefaultApplies, $"task {draft.Id}: \"{deadline.Text}\" gives no date", draft.Source.StartLine);
        }

        if (schedule.Cadence?.Period is CadencePeriod.Periodic or CadencePeriod.Review)
        {
            diagnostics.Info(DiagnosticCodes.DefaultApplies,
                $"task {draft.Id}: \"{schedule.Cadence.Text}\" gives no period or date: the legal default applies", draft.Source.StartLine);
        }
    }
}
