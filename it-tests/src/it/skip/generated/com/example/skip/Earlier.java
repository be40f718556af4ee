package com.example.skip;

/** Stands for a class an earlier, unskipped run generated. */
public final class Earlier {
    private Earlier() {}
}
