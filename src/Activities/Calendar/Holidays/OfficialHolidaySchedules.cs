using static PlanWorkflows.Activities.Calendar.Holidays.ScheduledDay;

namespace PlanWorkflows.Activities.Calendar.Holidays;

/// <summary>
/// The days off of civil servants (cán bộ, công chức, viên chức) as announced for each year. Only what is
/// official is tabulated; a year that is not here falls back to <see cref="StatutoryHolidays"/>.
/// </summary>
internal static class OfficialHolidaySchedules
{
    private static readonly Dictionary<int, HolidaySchedule> Schedules = new[] { Year2024(), Year2025(), Year2026() }
        .ToDictionary(schedule => schedule.Year);

    /// <summary>
    /// The schedule of the year: tabulated for 2024-2026; for 2027, whose official schedule is not known here,
    /// and every other year, the statutory days.
    /// </summary>
    public static HolidaySchedule For(int year) =>
        Schedules.TryGetValue(year, out var schedule) ? schedule : StatutoryHolidays.For(year);

    /// <summary>
    /// 2024: Bộ Lao động - Thương binh và Xã hội's notice of 11/2023 on the Prime Minister's decision (number
    /// recalled as 6150/TB-LĐTBXH, not verified here): Tết 8/2-14/2 (29 Chạp Quý Mão to mùng 5 Giáp Thìn, incl.
    /// 10-11/2 at the weekend), Quốc khánh 2/9 and 3/9; Giỗ Tổ Thursday 18/4; and the Prime Minister's decision of
    /// 2024 swapping Monday 29/4 for Saturday 4/5 around 30/4-1/5.
    /// </summary>
    private static HolidaySchedule Year2024() => new(2024,
    [
        Holiday(2024, 1, 1, HolidayNames.NewYear),
        .. HolidayRange(new DateOnly(2024, 2, 8), new DateOnly(2024, 2, 14), HolidayNames.LunarNewYear),
        Holiday(2024, 4, 18, HolidayNames.HungKingsCommemoration),
        .. Swap(new DateOnly(2024, 4, 29), new DateOnly(2024, 5, 4), HolidayNames.VictoryAndLabourDays),
        Holiday(2024, 4, 30, HolidayNames.VictoryDay),
        Holiday(2024, 5, 1, HolidayNames.LabourDay),
        Holiday(2024, 9, 2, HolidayNames.NationalDay),
        Holiday(2024, 9, 3, HolidayNames.NationalDay),
    ]);

    /// <summary>
    /// 2025: Văn bản 8726/VPCP-KGVX of 26/11/2024 (Văn phòng Chính phủ, the Prime Minister's decision). Tết Monday
    /// 27/1 to Friday 31/1 (9 days off with the weekends, Tết = 29/1); Giỗ Tổ Monday 7/4; 30/4-1/5 with Friday 2/5
    /// swapped for Saturday 26/4; Quốc khánh 1/9 and 2/9.
    /// </summary>
    private static HolidaySchedule Year2025() => new(2025,
    [
        Holiday(2025, 1, 1, HolidayNames.NewYear),
        .. HolidayRange(new DateOnly(2025, 1, 27), new DateOnly(2025, 1, 31), HolidayNames.LunarNewYear),
        Holiday(2025, 4, 7, HolidayNames.HungKingsCommemoration),
        Holiday(2025, 4, 30, HolidayNames.VictoryDay),
        Holiday(2025, 5, 1, HolidayNames.LabourDay),
        .. Swap(new DateOnly(2025, 5, 2), new DateOnly(2025, 4, 26), HolidayNames.VictoryAndLabourDays),
        Holiday(2025, 9, 1, HolidayNames.NationalDay),
        Holiday(2025, 9, 2, HolidayNames.NationalDay),
    ]);

    /// <summary>
    /// 2026: Tết Dương lịch per Văn bản 12729/VPCP-KGVX of 25/12/2025 (Friday 2/1 swapped for Saturday 10/1);
    /// Tết Monday 16/2 to Friday 20/2 (9 days off with the weekends, Tết = 17/2) as approved by the Prime Minister
    /// on Bộ Nội vụ's proposal of 10/2025 (document number not verified here). Giỗ Tổ falls on Sunday 26/4, made up
    /// on Monday 27/4; 30/4-1/5 are Thursday-Friday with no swap. Quốc khánh: 2/9 and 1/9 as Bộ Nội vụ proposed;
    /// its proposed swap of Monday 31/8 for Saturday 22/8 is not known to be approved, so it is left out (add it
    /// under <c>Calendar:ExtraDaysOff</c> / <c>Calendar:WorkingDays</c> once confirmed).
    /// </summary>
    private static HolidaySchedule Year2026() => new(2026,
    [
        Holiday(2026, 1, 1, HolidayNames.NewYear),
        .. Swap(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 10), HolidayNames.NewYear),
        .. HolidayRange(new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 20), HolidayNames.LunarNewYear),
        Holiday(2026, 4, 26, HolidayNames.HungKingsCommemoration),
        Holiday(2026, 4, 27, HolidayNames.Compensation(HolidayNames.HungKingsCommemoration)),
        Holiday(2026, 4, 30, HolidayNames.VictoryDay),
        Holiday(2026, 5, 1, HolidayNames.LabourDay),
        Holiday(2026, 9, 1, HolidayNames.NationalDay),
        Holiday(2026, 9, 2, HolidayNames.NationalDay),
    ]);
}
