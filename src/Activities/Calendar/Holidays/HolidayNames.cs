namespace PlanWorkflows.Activities.Calendar.Holidays;

/// <summary>Vietnamese display names of the holidays of Bộ luật Lao động 2019 Điều 112.</summary>
internal static class HolidayNames
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKingsCommemoration = "Giỗ Tổ Hùng Vương";
    public const string VictoryDay = "Ngày Chiến thắng";
    public const string LabourDay = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";
    public const string VictoryAndLabourDays = "Ngày Chiến thắng và Ngày Quốc tế Lao động";
    public const string ConfiguredDayOff = "Ngày nghỉ theo cấu hình";

    public static string Compensation(string holiday) => $"{holiday} (nghỉ bù)";

    public static string Bridge(string occasion) => $"{occasion} (nghỉ hoán đổi)";

    public static string MakeUp(string occasion) => $"{occasion} (làm bù)";
}
