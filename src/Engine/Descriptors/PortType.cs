namespace PlanWorkflows.Engine.Descriptors;

/// <summary>Elsa's port kinds: a flow port is an outcome a connection leaves from; an embedded port holds a child activity.</summary>
public enum PortType
{
    Embedded,
    Flow,
}
