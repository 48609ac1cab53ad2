global using System.Globalization;
global using SkiaSharp;
