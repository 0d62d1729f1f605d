namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// The box of cells the solver updates. Tissue outside it is exactly at body temperature; since an explicit
/// seven-point stencil spreads a disturbance one cell per step, growing the box by one cell whenever its face
/// is disturbed gives exactly the result of updating the whole grid.
/// </summary>
internal struct ActiveRegion
{
    /// <summary>A region face whose cells all lie within this of body temperature does not grow the region.</summary>
    private const float DisturbanceKelvin = 1e-4f;

    public int X0;
    public int X1;
    public int Y0;
    public int Y1;
    public int Z0;
    public int Z1;
    public bool IsEmpty;

    public static ActiveRegion Empty => new() { IsEmpty = true };

    public void Include(int x, int y, int z, GridGeometry grid)
    {
        x = Math.Clamp(x, 1, grid.CountX - 2);
        y = Math.Clamp(y, 1, grid.CountY - 2);
        z = Math.Clamp(z, 1, grid.CountZ - 2);
        if (IsEmpty)
        {
            (X0, X1, Y0, Y1, Z0, Z1, IsEmpty) = (x, x, y, y, z, z, false);
            return;
        }

        X0 = Math.Min(X0, x);
        X1 = Math.Max(X1, x);
        Y0 = Math.Min(Y0, y);
        Y1 = Math.Max(Y1, y);
        Z0 = Math.Min(Z0, z);
        Z1 = Math.Max(Z1, z);
    }

    public readonly long CellCount => IsEmpty ? 0 : (long)(X1 - X0 + 1) * (Y1 - Y0 + 1) * (Z1 - Z0 + 1);

    /// <summary>
    /// After a step: moves each face out by one cell (never into the far-field layer) where the face's cells are
    /// disturbed, given each cell's temperature relative to body temperature, <paramref name="theta"/>.
    /// </summary>
    public void Grow(ReadOnlySpan<float> theta, GridGeometry grid)
    {
        int x0 = X0, x1 = X1, y0 = Y0, y1 = Y1, z0 = Z0, z1 = Z1;
        if (x0 > 1 && Disturbed(theta, grid, x0, x0, y0, y1, z0, z1))
        {
            X0--;
        }

        if (x1 < grid.CountX - 2 && Disturbed(theta, grid, x1, x1, y0, y1, z0, z1))
        {
            X1++;
        }

        if (y0 > 1 && Disturbed(theta, grid, x0, x1, y0, y0, z0, z1))
        {
            Y0--;
        }

        if (y1 < grid.CountY - 2 && Disturbed(theta, grid, x0, x1, y1, y1, z0, z1))
        {
            Y1++;
        }

        if (z0 > 1 && Disturbed(theta, grid, x0, x1, y0, y1, z0, z0))
        {
            Z0--;
        }

        if (z1 < grid.CountZ - 2 && Disturbed(theta, grid, x0, x1, y0, y1, z1, z1))
        {
            Z1++;
        }
    }

    private static bool Disturbed(ReadOnlySpan<float> theta, GridGeometry grid, int x0, int x1, int y0, int y1, int z0, int z1)
    {
        for (int z = z0; z <= z1; z++)
        {
            for (int y = y0; y <= y1; y++)
            {
                if (theta.Slice(grid.Index(x0, y, z), x1 - x0 + 1).ContainsAnyExceptInRange(-DisturbanceKelvin, DisturbanceKelvin))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
