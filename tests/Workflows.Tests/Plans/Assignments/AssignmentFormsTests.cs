using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Tests.Plans.Assignments;

public sealed class AssignmentFormsTests
{
    [Fact]
    public void Parse_ThucHienLine_AssignsEveryBulletSinceThePreviousAssignment()
    {
        var plan = PlanText.Parse("""
            II. NHIỆM VỤ VÀ GIẢI PHÁP
            1. Công tác tuyên truyền
            - Tuyên truyền Luật Trẻ em trên hệ thống truyền thanh cơ sở.
            - Biên soạn tài liệu tuyên truyền.
            Thực hiện: Phòng Văn hóa - Thông tin chủ trì, phối hợp với Phòng Y tế triển khai thực hiện.
            - Tổ chức hội thi tìm hiểu pháp luật.
            (Thực hiện: Phòng Tư pháp)
            """);

        plan.Tasks.Select(task => task.Id).Should().Equal("II.1-a", "II.1-b", "II.1-c");
        plan.Task("II.1-a").Lead.UnitIds().Should().Equal("phong-vhtt");
        plan.Task("II.1-b").Coordinating.UnitIds().Should().Equal("phong-y-te");
        plan.Task("II.1-c").Lead.UnitIds().Should().Equal("phong-tu-phap");
        plan.Task("II.1-c").Coordinating.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1. Phòng Y tế", "phong-y-te")]
    [InlineData("1. Phòng Giáo dục và Đào tạo:", "phong-gddt")]
    [InlineData("1. Phòng LĐ-TB&XH huyện", "phong-ldtbxh")]
    public void Parse_UnitAsSubsectionHeading_LeadsTheBulletsBelow(string heading, string unitId)
    {
        var plan = PlanText.Parse($"""
            III. TỔ CHỨC THỰC HIỆN
            {heading}
            - Hướng dẫn các trường học triển khai Kế hoạch.
            - Tổng hợp kết quả, báo cáo UBND huyện.
            """);

        plan.Tasks.Should().HaveCount(2).And.OnlyContain(task => task.Lead.Single().UnitId == unitId);
    }

    [Theory]
    [InlineData("2. Các Phòng, ban, ngành thuộc huyện: Căn cứ chức năng, nhiệm vụ xây dựng kế hoạch.", "cac-phong-ban-nganh", 13)]
    [InlineData("2. UBND các xã, thị trấn: Chủ động bố trí kinh phí thực hiện.", "ubnd-cac-xa-thi-tran", 7)]
    [InlineData("2. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí.", null, 1)]
    public void Parse_UnitInlineBeforeColon_IsTheLeadAndTheRestIsTheTask(string line, string? group, int units)
    {
        var task = PlanText.Parse("III. TỔ CHỨC THỰC HIỆN\n" + line).Tasks.Single();

        task.Id.Should().Be("III.2");
        task.Lead.Single().Group.Should().Be(group);
        task.Lead.UnitIds().Should().HaveCount(units);
        task.Text.Should().NotContain(":");
    }

    [Theory]
    [InlineData("Điều 2. Giao Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Phòng Y tế và UBND các xã, thị trấn tổ chức triển khai thực hiện Kế hoạch.")]
    [InlineData("Điều 2. Giao Phòng LĐTBXH chủ trì phối hợp cùng Phòng Y tế; UBND các xã, thị trấn triển khai Kế hoạch này.")]
    public void Parse_GiaoInArticleTwoOfADecision_ReadsLeadAndCoordinators(string article)
    {
        var plan = PlanText.Parse($"""
            QUYẾT ĐỊNH
            Về việc ban hành Kế hoạch thực hiện công tác trẻ em năm 2024
            CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN KON RẪY
            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            QUYẾT ĐỊNH:
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác trẻ em năm 2024.
            {article}
            Điều 3. Chánh Văn phòng HĐND-UBND huyện, Trưởng các phòng, ban, ngành chịu trách nhiệm thi hành Quyết định này./.
            """);

        var task = plan.Tasks.Single();
        task.Id.Should().Be("Điều 2");
        task.Lead.UnitIds().Should().Equal("phong-ldtbxh");
        task.Coordinating.Select(mention => mention.UnitId ?? mention.Group).Should().Equal("phong-y-te", "ubnd-cac-xa-thi-tran");
        plan.Document.Kind.Should().Be("Quyết định");
    }

    [Theory]
    [InlineData("- Phòng Y tế chủ trì, phối hợp với Phòng GD&ĐT; UBND các xã, thị trấn triển khai tiêm chủng mở rộng.", new[] { "phong-y-te" }, 8)]
    [InlineData("- Phòng Y tế, Phòng Giáo dục và Đào tạo chủ trì, phối hợp với UBND các xã, thị trấn tổ chức khám sức khỏe.", new[] { "phong-y-te", "phong-gddt" }, 7)]
    [InlineData("- Giao Phòng Y tế chủ trì, phối hợp cùng Trung tâm Văn hóa - Thể thao - Du lịch và Truyền thông tuyên truyền.", new[] { "phong-y-te" }, 1)]
    public void Parse_LeadChuTriInsideTheTask_ReadsLeadsAndCoordinators(string bullet, string[] leads, int coordinatingUnits)
    {
        var task = PlanText.Parse("II. NHIỆM VỤ\n1. Chăm sóc sức khỏe\n" + bullet).Tasks.Single();

        task.Lead.UnitIds().Should().Equal(leads);
        task.Coordinating.UnitIds().Should().HaveCount(coordinatingUnits);
    }

    [Theory]
    [InlineData("Thực hiện: Phòng Nội vụ; Phòng Tư pháp theo chức năng, nhiệm vụ triển khai thực hiện.")]
    [InlineData("Thực hiện: Phòng Nội vụ, Phòng Tư pháp theo chức năng, nhiệm vụ được giao.")]
    public void Parse_SeveralLeadsWithoutChuTri_AreAllLeads(string assignment)
    {
        var task = PlanText.Parse("II. NHIỆM VỤ\n1. Cải cách hành chính\n- Rà soát thủ tục hành chính.\n" + assignment).Tasks.Single();

        task.Lead.UnitIds().Should().Equal("phong-noi-vu", "phong-tu-phap");
        task.Coordinating.Should().BeEmpty();
    }

    [Theory]
    [InlineData("- Phòng Tư pháp có trách nhiệm hướng dẫn các xã xây dựng hương ước.", "phong-tu-phap")]
    [InlineData("- Thanh tra huyện có trách nhiệm kiểm tra việc thực hiện.", "thanh-tra-huyen")]
    public void Parse_UnitCoTrachNhiem_IsTheLead(string bullet, string unitId) =>
        PlanText.Parse("III. TỔ CHỨC THỰC HIỆN\n" + bullet).Tasks.Single().Lead.Single().UnitId.Should().Be(unitId);

    [Theory]
    [InlineData("- Đề nghị Ủy ban MTTQ Việt Nam huyện tăng cường giám sát việc thực hiện chính sách.", "ubmttq-huyen")]
    [InlineData("- Đề nghị Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia.", "hoi-lhpn-huyen")]
    [InlineData("- Đề nghị Huyện đoàn phối hợp với các trường học tổ chức hoạt động hè.", "huyen-doan")]
    public void Parse_DeNghi_IsARequestToTheNamedBody(string bullet, string unitId)
    {
        var task = PlanText.Parse("III. TỔ CHỨC THỰC HIỆN\n" + bullet).Tasks.Single();

        task.Mandate.Should().Be(TaskMandate.Request);
        task.Lead.Single().UnitId.Should().Be(unitId);
    }

    [Fact]
    public void Parse_TheoHuongDanCua_IsGuidanceNotALead()
    {
        var task = PlanText.Parse("""
            II. NHIỆM VỤ
            1. Tuyên truyền
            - Quán triệt Chỉ thị đến cán bộ, đảng viên.
            Thực hiện: UBND các xã, thị trấn thực hiện theo hướng dẫn của Ban Tuyên giáo Huyện ủy.
            """).Tasks.Single();

        task.Lead.Single().Group.Should().Be("ubnd-cac-xa-thi-tran");
        task.GuidedBy.Single().UnitId.Should().Be("ban-tuyen-giao-huyen-uy");
    }

    [Theory]
    [InlineData("Thực hiện: Phòng Y tế (cơ quan thường trực) chủ trì, phối hợp với Phòng Dân tộc.")]
    [InlineData("Thực hiện: Phòng Y tế - cơ quan thường trực chủ trì, phối hợp với Phòng Dân tộc.")]
    public void Parse_RoleAfterTheUnit_IsNotPartOfItsName(string assignment)
    {
        var task = PlanText.Parse("II. NHIỆM VỤ\n1. Y tế\n- Khám sàng lọc cho trẻ em.\n" + assignment).Tasks.Single();

        task.Lead.Single().Should().Match<UnitMention>(mention => mention.Text == "Phòng Y tế" && mention.UnitId == "phong-y-te");
        task.Coordinating.Single().UnitId.Should().Be("phong-dan-toc");
    }

    [Fact]
    public void Parse_PhoiHopInTheTaskText_IsNotAnAssignment()
    {
        var task = PlanText.Parse("""
            III. TỔ CHỨC THỰC HIỆN
            1. Phòng Giáo dục và Đào tạo
            - Tăng cường phối hợp giữa gia đình, nhà trường và xã hội trong giáo dục trẻ em.
            """).Tasks.Single();

        task.Lead.Single().UnitId.Should().Be("phong-gddt");
        task.Coordinating.Should().BeEmpty();
    }

    [Fact]
    public void Parse_TaskTable_ReadsEachRowAsATask()
    {
        var plan = PlanText.Parse("""
            II. NHIỆM VỤ CỤ THỂ
            | STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
            |---|---|---|---|---|
            | 1 | Tổ chức tập huấn kỹ năng bảo vệ trẻ em | Phòng LĐ-TB&XH | Phòng Y tế; UBND các xã, thị trấn | Trước 30/6/2024 |
            | 2 | Kiểm tra các cơ sở trợ giúp xã hội | Thanh tra huyện | Các đơn vị liên quan | Quý III/2024 |
            | 3 | Báo cáo kết quả thực hiện | Phòng LĐ-TB&XH | | Hằng quý |
            """);

        plan.Tasks.Select(task => task.Id).Should().Equal("II-1", "II-2", "II-3");
        plan.Task("II-1").Lead.Single().UnitId.Should().Be("phong-ldtbxh");
        plan.Task("II-1").Coordinating.UnitIds().Should().HaveCount(8);
        plan.Task("II-1").Deadline!.Date.Should().Be(new DateOnly(2024, 6, 30));
        plan.Task("II-2").Deadline!.Date.Should().Be(new DateOnly(2024, 9, 30));
        plan.Task("II-2").Coordinating.Single().Resolution.Should().Be(MentionResolution.Unspecific);
        plan.Task("II-3").Cadence!.Period.Should().Be(CadencePeriod.Quarterly);
    }

    [Fact]
    public void Parse_BulletWithoutAnyAssignment_IsReportedAsTaskWithoutLead()
    {
        var plan = PlanText.Parse("II. NHIỆM VỤ\n1. Tuyên truyền\n- Tuyên truyền sâu rộng.");

        plan.Tasks.Single().Lead.Should().BeEmpty();
        plan.Diagnostics.Should().Contain(diagnostic => diagnostic.Code == "task.no-lead" && diagnostic.Line == 3);
    }

    [Fact]
    public void Parse_UnknownUnit_IsKeptAndReportedUnresolved()
    {
        var plan = PlanText.Parse("III. TỔ CHỨC THỰC HIỆN\n- Công an huyện chủ trì, phối hợp với Phòng Tư pháp xử lý vi phạm.");

        plan.Tasks.Single().Lead.Single().Should().Match<UnitMention>(mention =>
            mention.Text == "Công an huyện" && mention.Resolution == MentionResolution.Unresolved);
        plan.Diagnostics.Should().Contain(diagnostic => diagnostic.Code == "unit.unresolved");
    }

    [Fact]
    public void Parse_LabelledFields_AssignTheTaskAboveAndGiveItsDeadline()
    {
        var plan = PlanText.Parse("""
            II. NHIỆM VỤ CỤ THỂ
            1. Tổ chức Tháng hành động vì trẻ em
            - Cơ quan chủ trì: Phòng Lao động - Thương binh và Xã hội.
            - Cơ quan phối hợp: Phòng Văn hóa - Thông tin, UBND các xã, thị trấn.
            - Thời gian thực hiện: từ ngày 01/6/2024 đến hết ngày 30/6/2024.
            2. Rà soát trẻ em có hoàn cảnh đặc biệt
            - Rà soát, lập danh sách trẻ em.
            + Đơn vị chủ trì: UBND các xã, thị trấn
            + Thời hạn hoàn thành: trước 15/8/2024
            """);

        plan.Tasks.Select(task => task.Id).Should().Equal("II.1", "II.2-a");
        plan.Task("II.1").Lead.Single().UnitId.Should().Be("phong-ldtbxh");
        plan.Task("II.1").Coordinating.Select(mention => mention.UnitId ?? mention.Group).Should().Equal("phong-vhtt", "ubnd-cac-xa-thi-tran");
        plan.Task("II.1").Deadline.Should().BeEquivalentTo(new { Kind = DeadlineKind.Range, Start = new DateOnly(2024, 6, 1), Date = new DateOnly(2024, 6, 30) });
        plan.Task("II.2-a").Lead.Single().Group.Should().Be("ubnd-cac-xa-thi-tran");
        plan.Task("II.2-a").Deadline!.Date.Should().Be(new DateOnly(2024, 8, 15));
    }

    [Fact]
    public void Parse_GiaoInASubsectionHeading_AssignsTheBulletsBelow()
    {
        var plan = PlanText.Parse("""
            III. TỔ CHỨC THỰC HIỆN
            1. Giao Phòng Y tế chủ trì, phối hợp với Phòng Dân tộc thực hiện các nội dung sau:
            - Khám sức khỏe cho trẻ em vùng đồng bào dân tộc thiểu số.
            - Tổng hợp báo cáo hằng quý về UBND huyện.
            """);

        plan.Tasks.Should().HaveCount(2).And.OnlyContain(task => task.Lead.Single().UnitId == "phong-y-te"
            && task.Coordinating.Single().UnitId == "phong-dan-toc");
        plan.Task("III.1-b").Cadence!.Period.Should().Be(CadencePeriod.Quarterly);
    }

    [Theory]
    [InlineData("Thực hiện: UBND các xã, thị trấn chủ trì; Phòng Giáo dục và Đào tạo, Huyện đoàn phối hợp.")]
    [InlineData("Thực hiện: UBND các xã, thị trấn chủ trì, Phòng GD&ĐT; Huyện đoàn phối hợp thực hiện")]
    public void Parse_CoordinatorsNamedBeforePhoiHop_AreCoordinators(string assignment)
    {
        var task = PlanText.Parse("II. NHIỆM VỤ\n1. Dạy bơi\n- Tổ chức các lớp dạy bơi cho trẻ em.\n" + assignment).Tasks.Single();

        task.Lead.Single().Group.Should().Be("ubnd-cac-xa-thi-tran");
        task.Coordinating.Select(mention => mention.UnitId).Should().Equal("phong-gddt", "huyen-doan");
    }

    [Theory]
    [InlineData("a) Phòng GD&ĐT chỉ đạo các trường học lồng ghép nội dung phòng chống đuối nước.", "phong-gddt")]
    [InlineData("a) UBND các xã, thị trấn rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt.", "ubnd-cac-xa-thi-tran")]
    public void Parse_KnownUnitAsTheSubjectOfTheTask_IsTheLead(string item, string id)
    {
        var task = PlanText.Parse("II. NHIỆM VỤ\n1. Giáo dục\n" + item).Tasks.Single();

        task.Id.Should().Be("II.1-a");
        task.Lead.Single().Should().Match<UnitMention>(mention => mention.UnitId == id || mention.Group == id);
    }

    [Theory]
    [InlineData("- Tổ chức tập huấn kỹ năng sống cho trẻ em (Thực hiện: Phòng GD&ĐT).", 0)]
    [InlineData("- Tổ chức tập huấn kỹ năng sống cho trẻ em (Cơ quan chủ trì: Phòng GD&ĐT; phối hợp: Huyện đoàn).", 1)]
    [InlineData("- Tổ chức tập huấn kỹ năng sống cho trẻ em (Đơn vị thực hiện: Phòng GD&ĐT chủ trì, phối hợp với Huyện đoàn).", 1)]
    public void Parse_AssignmentInParenthesesAfterTheTask_IsRead(string bullet, int coordinators)
    {
        var task = PlanText.Parse("II. NHIỆM VỤ\n1. Kỹ năng sống\n" + bullet).Tasks.Single();

        task.Lead.Single().UnitId.Should().Be("phong-gddt");
        task.Coordinating.Should().HaveCount(coordinators);
    }
}
