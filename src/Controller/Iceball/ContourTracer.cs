namespace CryoWeb.Controller.Iceball;

/// <summary>
/// Marching squares on a regular 2-D grid of samples: the line segments where the field crosses a level, with the
/// crossing interpolated linearly along each cell edge. A saddle cell is resolved by the mean of its corners.
/// Values at or below the level count as inside.
/// </summary>
public static class ContourTracer
{
    /// <summary>
    /// Appends the segments (x1, y1, x2, y2 in mm) of the level crossing of <paramref name="values"/>, a row-major
    /// <paramref name="countX"/> x <paramref name="countY"/> grid whose first sample is at (<paramref name="originX"/>,
    /// <paramref name="originY"/>) with <paramref name="stepMm"/> between samples.
    /// </summary>
    public static void Trace(ReadOnlySpan<float> values, int countX, int countY, double originX, double originY, double stepMm, double level, List<float> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (countX < 2 || countY < 2 || values.Length != countX * countY)
        {
            throw new ArgumentException($"values must hold {countX} x {countY} samples (at least 2 x 2), not {values.Length}.", nameof(values));
        }

        for (int j = 0; j < countY - 1; j++)
        {
            for (int i = 0; i < countX - 1; i++)
            {
                // Corners counter-clockwise from the lower left: a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1).
                float a = values[(j * countX) + i], b = values[(j * countX) + i + 1], c = values[((j + 1) * countX) + i + 1], d = values[((j + 1) * countX) + i];
                int inside = (a <= level ? 1 : 0) | (b <= level ? 2 : 0) | (c <= level ? 4 : 0) | (d <= level ? 8 : 0);
                if (inside is 0 or 15)
                {
                    continue;
                }

                double x0 = originX + (i * stepMm), y0 = originY + (j * stepMm);
                var bottom = (X: x0 + (stepMm * Fraction(a, b, level)), Y: y0);
                var right = (X: x0 + stepMm, Y: y0 + (stepMm * Fraction(b, c, level)));
                var top = (X: x0 + (stepMm * Fraction(d, c, level)), Y: y0 + stepMm);
                var left = (X: x0, Y: y0 + (stepMm * Fraction(a, d, level)));
                bool centreInside = (a + b + c + d) / 4 <= level;
                switch (inside)
                {
                    case 1 or 14: Add(segments, left, bottom); break;
                    case 2 or 13: Add(segments, bottom, right); break;
                    case 3 or 12: Add(segments, left, right); break;
                    case 4 or 11: Add(segments, right, top); break;
                    case 6 or 9: Add(segments, bottom, top); break;
                    case 7 or 8: Add(segments, left, top); break;
                    case 5:
                        // a and c inside: joined through the centre, or two separate corners.
                        if (centreInside)
                        {
                            Add(segments, left, top);
                            Add(segments, bottom, right);
                        }
                        else
                        {
                            Add(segments, left, bottom);
                            Add(segments, right, top);
                        }

                        break;
                    default: // 10: b and d inside.
                        if (centreInside)
                        {
                            Add(segments, left, bottom);
                            Add(segments, right, top);
                        }
                        else
                        {
                            Add(segments, left, top);
                            Add(segments, bottom, right);
                        }

                        break;
                }
            }
        }
    }

    private static double Fraction(float from, float to, double level) => from == to ? 0.5 : Math.Clamp((level - from) / (to - from), 0, 1);

    private static void Add(List<float> segments, (double X, double Y) p, (double X, double Y) q)
    {
        segments.Add((float)p.X);
        segments.Add((float)p.Y);
        segments.Add((float)q.X);
        segments.Add((float)q.Y);
    }
}
