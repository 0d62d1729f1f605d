using System.Numerics;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Thermal.Tests.Tissue;

public class GridGeometryTests
{
    [Fact]
    public void An_enclosing_grid_holds_the_box_and_its_margin_on_every_side()
    {
        var min = new Vector3(-7.5f, 0, 0);
        var max = new Vector3(7.5f, 2, 30);

        var grid = GridGeometry.Enclosing(min, max, marginMm: 20, spacingMm: 1.5);

        Assert.True(Vector3.Max(grid.OriginMm, min - new Vector3(20)) == min - new Vector3(20), $"origin {grid.OriginMm}");
        Assert.True(Vector3.Min(grid.MaxMm, max + new Vector3(20)) == max + new Vector3(20), $"far corner {grid.MaxMm}");
        Assert.Equal((max + min) / 2, (grid.OriginMm + grid.MaxMm) / 2);
        Assert.Equal(grid.CellCentreMm(3, 4, 5), grid.OriginMm + (new Vector3(3, 4, 5) * 1.5f));
        Assert.Equal(3 + (grid.CountX * (4 + (grid.CountY * 5))), grid.Index(3, 4, 5));
    }

    [Fact]
    public void A_grid_spacing_that_is_not_positive_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GridGeometry.Enclosing(Vector3.Zero, Vector3.One, 10, 0));
    }
}
