namespace PlanWorkflows.Engine.Activities.Abstractions;

/// <summary>The input editors Elsa Studio renders.</summary>
public static class InputUIHints
{
    public const string SingleLine = "singleline";
    public const string MultiLine = "multiline";
    public const string Checkbox = "checkbox";
    public const string CheckList = "checklist";
    public const string DropDown = "dropdown";
    public const string RadioList = "radiolist";
    public const string DateTimePicker = "datetime-picker";
    public const string DynamicOutcomes = "dynamic-outcomes";
    public const string VariablePicker = "variable-picker";
    public const string JsonEditor = "json-editor";
    public const string CodeEditor = "code-editor";
    public const string MultiText = "multitext";
}
