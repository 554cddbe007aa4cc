using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Samenwerking.Web.Features.Maps;

/// <summary>Draws the map as one SVG document: a path per municipality, filled by its class, named by a title.</summary>
public static class SvgMap
{
    /// <summary>The map as one string: the SVG download.</summary>
    public static string Render(MapGeometry geometry, MapShading shading, bool standalone = false)
    {
        var svg = new StringBuilder(geometry.Areas.Sum(a => a.Path.Length) + geometry.Areas.Count * 120);
        Write(geometry, shading, standalone, text => svg.Append(text));
        return svg.ToString();
    }

    /// <summary>
    /// The map inside a page, written piece by piece into the page's own output: as one string it took two large-object
    /// allocations of about 380 KB per page (the builder's buffer and the string), and the collections they cost.
    /// For pages rendered statically only: the pieces are not whole elements, and an interactive renderer would insert
    /// each on its own (use <see cref="Render"/> as a MarkupString there).
    /// </summary>
    public static RenderFragment Fragment(MapGeometry geometry, MapShading shading) =>
        builder => Write(geometry, shading, standalone: false, text => builder.AddMarkupContent(0, text));

    private static void Write(MapGeometry geometry, MapShading shading, bool standalone, Action<string> write)
    {
        write(standalone ? "<svg xmlns=\"http://www.w3.org/2000/svg\" " : "<svg ");
        write(string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {MapGeometry.Width} {geometry.Height}\" class=\"municipality-map\" role=\"img\" aria-label=\"{Encode(shading.Title)}\">"));
        write($"<title>{Encode(shading.Title)}</title>");
        // A hatched class (a suggestion) is its colour striped with white: a pattern per class, named by its index.
        if (shading.Classes.Any(c => c.Hatched))
        {
            write("<defs>");
            for (var i = 0; i < shading.Classes.Count; i++)
            {
                if (shading.Classes[i].Hatched)
                {
                    write($"<pattern id=\"{PatternId(i)}\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                        + $"<rect width=\"5\" height=\"5\" fill=\"{shading.Classes[i].Colour}\"/><rect width=\"2\" height=\"5\" fill=\"#fff\"/></pattern>");
                }
            }

            write("</defs>");
        }

        foreach (var area in geometry.Areas)
        {
            var index = shading.ClassOf.GetValueOrDefault(area.Code);
            var mapClass = shading.Classes[index];
            write("<path d=\"");
            write(area.Path);
            write(string.Create(CultureInfo.InvariantCulture,
                $"\" fill=\"{(mapClass.Hatched ? $"url(#{PatternId(index)})" : mapClass.Colour)}\" data-code=\"{Encode(area.Code)}\" data-class=\"{index}\"><title>{Encode(area.Name)}: {Encode(mapClass.AreaText ?? mapClass.Label.ToLowerInvariant())}</title></path>"));
        }

        write("</svg>");
    }

    private static string PatternId(int index) => string.Create(CultureInfo.InvariantCulture, $"arcering-{index}");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
