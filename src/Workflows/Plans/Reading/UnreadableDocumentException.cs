namespace PlanWorkflows.Workflows.Plans.Reading;

/// <summary>The file is empty, binary, of an unsupported format or in an unknown encoding.</summary>
public sealed class UnreadableDocumentException(string message, Exception? inner = null) : Exception(message, inner);
