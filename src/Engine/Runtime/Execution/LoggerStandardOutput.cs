using Microsoft.Extensions.Logging;

namespace PlanWorkflows.Engine.Runtime.Execution;

/// <summary>Writes WriteLine text to the log.</summary>
internal sealed partial class LoggerStandardOutput(ILogger<LoggerStandardOutput> logger) : IWorkflowStandardOutput
{
    public void WriteLine(string text) => LogLine(logger, text);

    [LoggerMessage(Level = LogLevel.Information, Message = "WriteLine: {Text}")]
    private static partial void LogLine(ILogger logger, string text);
}
