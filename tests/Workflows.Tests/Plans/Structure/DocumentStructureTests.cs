using PlanWorkflows.Workflows.Plans.Model;

namespace PlanWorkflows.Workflows.Tests.Plans.Structure;

public sealed class DocumentStructureTests
{
    [Fact]
    public void Parse_PartyPlanWithSymbolAndLetterhead_ReadsNumberDateAndIssuer()
    {
        var plan = PlanText.Parse("""
            HUYỆN ỦY KON RẪY
            *
            Số 178-KH/HU
            ĐẢNG CỘNG SẢN VIỆT NAM
            Kon Rẫy, ngày 23 tháng 4 năm 2024
            KẾ HOẠCH
            triển khai Kế hoạch số 135-KH/TU ngày 25/3/2024 của Ban Thường vụ Tỉnh ủy
            I. NHIỆM VỤ
            - Đề nghị Ủy ban MTTQ Việt Nam huyện giám sát việc thực hiện.
            """);

        plan.Document.Date.Should().Be(new DateOnly(2024, 4, 23));
        plan.Document.Issuer.Should().Be("Huyện ủy Kon Rẫy");
        plan.References.Single().Number.Should().Be("135-KH/TU");
    }

    [Fact]
    public void Parse_NumberedCapitalHeadings_AreTopLevelSections()
    {
        var plan = PlanText.Parse("""
            1. MỤC ĐÍCH, YÊU CẦU
            Nâng cao nhận thức về quyền trẻ em.
            2. NHIỆM VỤ
            2.1. Tuyên truyền
            - Phòng Văn hóa - Thông tin chủ trì tuyên truyền quyền trẻ em.
            2.2. Chăm sóc sức khỏe
            a) Phòng Y tế chủ trì khám sức khỏe định kỳ cho trẻ em.
            b) UBND các xã, thị trấn có trách nhiệm rà soát trẻ em có hoàn cảnh đặc biệt.
            """);

        plan.Sections.Select(section => (section.Id, section.Level)).Should().Equal(("1", 1), ("2", 1), ("2.2.1", 2), ("2.2.2", 2));
        plan.Tasks.Select(task => (task.Id, task.Section)).Should().Equal(("2.2.1-a", "2.2.1"), ("2.2.2-a", "2.2.2"), ("2.2.2-b", "2.2.2"));
        plan.Task("2.2.2-b").Lead.Single().Group.Should().Be("ubnd-cac-xa-thi-tran");
    }

    [Fact]
    public void Parse_SubBullets_BelongToTheirTask()
    {
        var plan = PlanText.Parse("""
            II. NHIỆM VỤ
            1. Y tế
            - Phòng Y tế chủ trì các nội dung:
            + Khám sức khỏe cho trẻ em;
            + Tiêm chủng mở rộng.
            - Phòng Dân tộc chủ trì hỗ trợ trẻ em dân tộc thiểu số.
            """);

        plan.Tasks.Should().HaveCount(2);
        plan.Task("II.1-a").Text.Should().Contain("Tiêm chủng mở rộng");
        plan.Task("II.1-a").Source.Should().Be(new SourceRange(3, 5));
    }

    [Fact]
    public void Parse_RecipientsAndSignature_AreRead()
    {
        var plan = PlanText.Parse("""
            I. NHIỆM VỤ
            - Phòng Y tế chủ trì khám sức khỏe.
            Nơi nhận:
            - UBND tỉnh (b/c);
            - Chủ tịch UBND huyện (biết);
            - Lưu: VT.
            TL. CHỦ TỊCH
            CHÁNH VĂN PHÒNG
            Nguyễn Văn An
            """);

        plan.Recipients.Should().Equal(new Recipient("UBND tỉnh", "b/c"), new Recipient("Chủ tịch UBND huyện", "biết"), new Recipient("Lưu: VT", null));
        plan.Document.Signer.Should().Be(new Signer("Nguyễn Văn An", "Chánh văn phòng", "TL. CHỦ TỊCH"));
        plan.Tasks.Should().ContainSingle();
    }
}
