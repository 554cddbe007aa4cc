using Bunit;
using Samenwerking.Web.Features.Tasks;

namespace Samenwerking.Tests.Components;

public sealed class MunicipalityLinksTests : MudComponentTest
{
    [Fact]
    public void Links_each_municipality_to_its_page_separated_by_commas()
    {
        var links = Render<MunicipalityLinks>(p => p.Add(l => l.Municipalities,
            [new MunicipalityRef("GM0344", "Utrecht"), new MunicipalityRef("GM0355", "Zeist")]));

        var anchors = links.FindAll("a");
        Assert.Equal(["/gemeenten/GM0344", "/gemeenten/GM0355"], anchors.Select(a => a.GetAttribute("href")));
        Assert.Equal("Utrecht, Zeist", links.Find("span").TextContent.Trim());
    }
}
