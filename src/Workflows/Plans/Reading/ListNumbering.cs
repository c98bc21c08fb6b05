using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PlanWorkflows.Workflows.Plans.Reading;

/// <summary>Writes out Word's automatic list labels ("1.", "a)", "II.", "-") in document order.</summary>
internal sealed class ListNumbering(Numbering? numbering)
{
    private readonly Dictionary<(int NumberingId, int Level), int> counters = [];

    public string Label(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        var numberingId = properties?.NumberingId?.Val?.Value;
        var level = properties?.NumberingLevelReference?.Val?.Value ?? 0;
        var definition = numberingId is null ? null : LevelDefinition(numberingId.Value, level);
        if (definition is null)
        {
            return string.Empty;
        }

        var format = definition.NumberingFormat?.Val?.Value;
        if (format == NumberFormatValues.Bullet)
        {
            return "- ";
        }

        var count = Advance(numberingId!.Value, level);
        var pattern = definition.LevelText?.Val?.Value ?? "%1.";
        var label = pattern.Replace($"%{level + 1}", Format(count, format), StringComparison.Ordinal);
        for (var outer = 0; outer < level; outer++)
        {
            label = label.Replace($"%{outer + 1}", counters.GetValueOrDefault((numberingId.Value, outer), 1)
                .ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return label + " ";
    }

    private int Advance(int numberingId, int level)
    {
        var count = counters.GetValueOrDefault((numberingId, level)) + 1;
        counters[(numberingId, level)] = count;
        foreach (var deeper in counters.Keys.Where(key => key.NumberingId == numberingId && key.Level > level).ToList())
        {
            counters.Remove(deeper);
        }

        return count;
    }

    private Level? LevelDefinition(int numberingId, int level)
    {
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(item => item.NumberID?.Value == numberingId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var abstractNumbering = numbering?.Elements<AbstractNum>().FirstOrDefault(item => item.AbstractNumberId?.Value == abstractId);
        return abstractNumbering?.Elements<Level>().FirstOrDefault(item => item.LevelIndex?.Value == level);
    }

    private static string Format(int count, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.LowerLetter)
        {
            return ((char)('a' + ((count - 1) % 26))).ToString();
        }

        if (format == NumberFormatValues.UpperLetter)
        {
            return ((char)('A' + ((count - 1) % 26))).ToString();
        }

        return format == NumberFormatValues.UpperRoman ? Roman(count)
            : format == NumberFormatValues.LowerRoman ? Roman(count).ToLowerInvariant()
            : count.ToString(CultureInfo.InvariantCulture);
    }

    private static string Roman(int number)
    {
        (int Value, string Numeral)[] numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = string.Empty;
        foreach (var (value, numeral) in numerals)
        {
            for (; number >= value; number -= value)
            {
                result += numeral;
            }
        }

        return result;
    }
}
