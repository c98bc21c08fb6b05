using PlanWorkflows.Workflows.Plans.Deadlines;
using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Tests.Plans.Deadlines;

public sealed class ScheduleReaderTests
{
    private static readonly SourceRange Line = new(7, 7);

    [Theory]
    [InlineData("Hoàn thành trước ngày 25/5/2022.", 2022, 5, 25)]
    [InlineData("Báo cáo kết quả trước ngày 20.7.2020.", 2020, 7, 20)]
    [InlineData("Xây dựng kế hoạch, hoàn thành trước 25-10.", 2024, 10, 25)]
    [InlineData("Hoàn thành trước ngày 15 tháng 12 năm 2024.", 2024, 12, 15)]
    [InlineData("Gửi báo cáo về Phòng Nội vụ trước 30/8.", 2024, 8, 30)]
    [InlineData("Chậm nhất ngày 05/01/2025 phải hoàn thành.", 2025, 1, 5)]
    [InlineData("Thời gian thực hiện: tháng 6/2024.", 2024, 6, 30)]
    [InlineData("Thời gian hoàn thành: Quý III năm 2024", 2024, 9, 30)]
    public void Read_DueDateInAnyNotation_GivesTheDate(string text, int year, int month, int day)
    {
        var deadline = ScheduleReader.Read(text, null, 2024, Line).Deadline!;

        deadline.Date.Should().Be(new DateOnly(year, month, day));
        deadline.Kind.Should().Be(DeadlineKind.Due);
        deadline.Source.Should().Be(Line);
    }

    [Theory]
    [InlineData("đợt 1 trước ngày 30/6/2024; đợt 2 trước ngày 15/12/2024", 2024, 6, 30, 2024, 12, 15)]
    [InlineData("Báo cáo đợt 1 trước 15/7; đợt 2 trước 20/12.", 2024, 7, 15, 2024, 12, 20)]
    [InlineData("Đợt I: hoàn thành trước 31/3/2025. Đợt II: hoàn thành trước 30/9/2025.", 2025, 3, 31, 2025, 9, 30)]
    [InlineData("Dạy bơi: đợt 1 từ ngày 01/6 đến 30/6/2024; đợt 2 từ ngày 01/7 đến 31/7/2024.", 2024, 6, 30, 2024, 7, 31)]
    public void Read_TwoStageDeadline_GivesBothStages(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var deadline = ScheduleReader.Read(text, null, 2024, Line).Deadline!;

        deadline.Kind.Should().Be(DeadlineKind.Staged);
        deadline.Stages.Select(stage => stage.Date).Should().Equal(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));
        deadline.Date.Should().Be(new DateOnly(y1, m1, d1));
    }

    [Theory]
    [InlineData("Tổ chức Tháng hành động từ ngày 01/6 đến hết ngày 30/6/2024.", 2024, 6, 1, 2024, 6, 30)]
    [InlineData("Thời gian: từ 15/11/2024 đến 15/12/2024", 2024, 11, 15, 2024, 12, 15)]
    [InlineData("Ra quân từ ngày 1 tháng 3 năm 2025 đến ngày 31 tháng 3 năm 2025.", 2025, 3, 1, 2025, 3, 31)]
    public void Read_Range_GivesStartAndEnd(string text, int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var deadline = ScheduleReader.Read(text, null, 2024, Line).Deadline!;

        deadline.Kind.Should().Be(DeadlineKind.Range);
        deadline.Start.Should().Be(new DateOnly(y1, m1, d1));
        deadline.Date.Should().Be(new DateOnly(y2, m2, d2));
    }

    [Theory]
    [InlineData("Báo cáo định kỳ từ ngày 1 đến ngày 5 hằng tháng.", CadencePeriod.Monthly, 1, 5)]
    [InlineData("Gửi báo cáo từ ngày 10 đến hết ngày 15 hàng quý.", CadencePeriod.Quarterly, 10, 15)]
    public void Read_Window_IsACadenceWithDaysAndNoDeadline(string text, CadencePeriod period, int first, int last)
    {
        var schedule = ScheduleReader.Read(text, null, 2024, Line);

        schedule.Cadence.Should().BeEquivalentTo(new { Period = period, FirstDay = first, DueDay = last });
        schedule.Deadline.Should().BeNull();
    }

    [Theory]
    [InlineData("Báo cáo kết quả thực hiện trước ngày 20 hằng tháng.", CadencePeriod.Monthly, 20, null)]
    [InlineData("Báo cáo tổng hợp trước ngày 15/12 hằng năm.", CadencePeriod.Yearly, 15, 12)]
    public void Read_DueDayInEachPeriod_IsACadenceWithDueDay(string text, CadencePeriod period, int day, int? month)
    {
        var schedule = ScheduleReader.Read(text, null, 2024, Line);

        schedule.Cadence.Should().BeEquivalentTo(new { Period = period, DueDay = day, DueMonth = month });
        schedule.Deadline.Should().BeNull();
    }

    [Theory]
    [InlineData("Định kỳ báo cáo hằng tháng về Phòng Y tế.", CadencePeriod.Monthly)]
    [InlineData("Báo cáo kết quả hàng quý về UBND huyện.", CadencePeriod.Quarterly)]
    [InlineData("Báo cáo 6 tháng và năm gửi Phòng Nội vụ.", CadencePeriod.HalfYearly)]
    [InlineData("Định kỳ báo cáo hằng năm về UBND huyện.", CadencePeriod.Yearly)]
    [InlineData("Tổ chức sơ kết, tổng kết theo quy định.", CadencePeriod.Review)]
    [InlineData("Định kỳ tổng hợp báo cáo kết quả theo quy định.", CadencePeriod.Periodic)]
    public void Read_Cadence_GivesItsPeriod(string text, CadencePeriod period) =>
        ScheduleReader.Read(text, null, 2024, Line).Cadence!.Period.Should().Be(period);

    [Fact]
    public void Read_YearlyWordsOutsideReporting_AreNoCadence() =>
        ScheduleReader.Read("Lồng ghép vào kế hoạch phát triển kinh tế - xã hội 5 năm, hằng năm.", null, 2024, Line).Cadence.Should().BeNull();

    [Theory]
    [InlineData("Thời gian thực hiện: thường xuyên.", DeadlineKind.Continuous)]
    [InlineData("Kiểm tra các cơ sở (thường xuyên).", DeadlineKind.Continuous)]
    [InlineData("Thời gian: theo quy định.", DeadlineKind.AsRegulated)]
    public void Read_NoDateWords_GiveADeadlineWithoutDate(string text, DeadlineKind kind)
    {
        var deadline = ScheduleReader.Read(text, null, 2024, Line).Deadline!;

        deadline.Kind.Should().Be(kind);
        deadline.Date.Should().BeNull();
    }

    [Theory]
    [InlineData("Thường xuyên rà soát, kiến nghị cấp có thẩm quyền.")]
    [InlineData("Căn cứ Kế hoạch số 93/KH-UBND ngày 07/7/2021 của UBND huyện.")]
    public void Read_AdverbOrCitationDate_IsNoDeadline(string text) =>
        ScheduleReader.Read(text, null, 2024, Line).Deadline.Should().BeNull();

    [Theory]
    [InlineData("Đến năm 2025, 100% xã đạt chuẩn phù hợp với trẻ em.", 2025)]
    [InlineData("Phấn đấu đến năm 2030 giảm tỷ lệ trẻ em suy dinh dưỡng.", 2030)]
    public void Read_YearAlone_IsATargetNotADeadline(string text, int year)
    {
        var schedule = ScheduleReader.Read(text, null, 2024, Line);

        schedule.TargetYear.Should().Be(year);
        schedule.Deadline.Should().BeNull();
    }

    [Fact]
    public void Read_InvalidDate_IsNoDeadline() =>
        ScheduleReader.Read("Hoàn thành trước ngày 31/02/2024.", null, 2024, Line).Deadline.Should().BeNull();

    [Fact]
    public void Parse_DeadlineWithoutYear_TakesTheYearOfThePlan()
    {
        var task = PlanText.Parse("""
            ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN KON RẪY | Độc lập - Tự do - Hạnh phúc
            Số: 88/KH-UBND | Kon Rẫy, ngày 10 tháng 01 năm 2025
            KẾ HOẠCH
            Công tác trẻ em năm 2025
            I. NHIỆM VỤ
            - Phòng Y tế chủ trì tổ chức khám sức khỏe cho trẻ em, hoàn thành trước 30/8.
            """).Tasks.Single();

        task.Deadline!.Date.Should().Be(new DateOnly(2025, 8, 30));
        task.Deadline.Source.Should().Be(new SourceRange(7, 7));
    }
}
