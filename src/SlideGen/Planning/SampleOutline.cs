using SlideGen.Sections;

namespace SlideGen.Planning;

/// <summary>
/// A small speech outline written for SlideGen, with every shape a plan meets: a title with speaker and occasion,
/// an opening, top-level sections with and without sub-points, a section with text of its own, two levels
/// below a section, and closing remarks. `templates check` dry-runs templates against it.
/// </summary>
public static class SampleOutline
{
    public static Outline Create()
    {
        var outline = new Outline
        {
            Title = "在2024年全市机关作风建设工作推进会上的讲话",
            Speaker = "市委组织部部长",
            Occasion = "2024年全市机关作风建设工作推进会",
            Language = "zh",
            Salutation = "同志们：",
            Opening = "今天召开全市机关作风建设工作推进会，主要任务是总结上半年工作，部署下一阶段任务。刚才，三个单位作了交流发言，讲得都很好。下面，我讲三点意见。",
            Closing = "同志们，机关作风建设工作责任重大、使命光荣。让我们以更加饱满的热情、更加务实的作风，推动机关作风建设工作再上新台阶！",
            AnnouncedCount = 3,
            SourcePath = "sample.txt",
        };

        var first = Node("一、", "把准工作方向，切实增强做好机关作风建设工作的责任感", 1, 5,
            "机关是党和政府联系群众的桥梁，机关作风建设工作做得好不好，直接关系到党的路线方针政策能否落到实处。",
            "机关作风建设工作", "党和政府联系群众的桥梁");
        first.Children.Add(Node("一是", "坚持政治引领", 2, 6,
            "要把服务质量摆在首位，坚守服务宗旨不动摇，坚持工作标准不放松。",
            "服务质量摆在首位", "坚守服务宗旨不动摇", "坚持工作标准不放松"));
        first.Children.Add(Node("二是", "坚持问题导向", 2, 7,
            "要聚焦群众反映强烈的突出问题，拿出管用的办法，一件一件抓落实。",
            "聚焦突出问题", "拿出管用的办法", "一件一件抓落实"));

        var second = Node("二、", "突出工作重点，推动机关党建高质量发展", 1, 8, "");
        var organisation = Node("（一）", "加强支部标准化建设", 2, 9, "",
            "支部标准化建设");
        organisation.Children.Add(Node("1.", "规范组织生活", 3, 10,
            "严格落实“三会一课”制度，提高组织生活质量，防止表面化、形式化。",
            "落实“三会一课”制度", "提高组织生活质量"));
        organisation.Children.Add(Node("2.", "建强支部班子", 3, 11,
            "选优配强支部书记，加强党务干部培训，提升履职能力。",
            "选优配强支部书记", "加强党务干部培训", "提升履职能力"));
        second.Children.Add(organisation);
        second.Children.Add(Node("（二）", "深化党建业务融合", 2, 12,
            "要把党建工作融入中心工作，做到同谋划、同部署、同落实、同考核。",
            "融入中心工作", "同谋划、同部署、同落实、同考核"));

        var third = Node("三、", "压实工作责任，确保各项任务落地见效", 1, 13,
            "各级党组织书记要履行第一责任人职责，班子成员要落实“一岗双责”，形成一级抓一级、层层抓落实的工作格局。",
            "履行第一责任人职责", "落实“一岗双责”", "层层抓落实");

        outline.Sections.Add(first);
        outline.Sections.Add(second);
        outline.Sections.Add(third);
        return outline;
    }

    private static OutlineNode Node(string marker, string heading, int level, int line, string body, params string[] bullets)
    {
        var node = new OutlineNode { Marker = marker, Heading = heading, Level = level, Line = line, Body = body };
        node.Bullets.AddRange(bullets);
        return node;
    }
}
