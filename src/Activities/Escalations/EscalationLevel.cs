namespace PlanWorkflows.Activities.Escalations;

/// <summary>The rungs of a plan's escalation ladder.</summary>
public enum EscalationLevel
{
    /// <summary>Nhắc nhở: a reminder to the responsible unit itself.</summary>
    Reminder,

    /// <summary>Báo đơn vị theo dõi: the monitoring unit (e.g. Phòng LĐTBXH) is told.</summary>
    MonitoringUnit,

    /// <summary>Báo lãnh đạo: the issuing UBND is told.</summary>
    Leadership,
}
