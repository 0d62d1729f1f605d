namespace CryoWeb.Thermal.Tissue;

/// <summary>
/// The box of cells the solver updates. Tissue outside it is exactly at body temperature; since an explicit
/// seven-point stencil spreads a disturbance one cell per step, growing the box by one cell whenever its face
/// is disturbed gives exactly the result of updating the whole grid.
/// </summary>
internal struct ActiveRegion
{
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
}
