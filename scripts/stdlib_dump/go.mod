module stdlibdump

go 1.27
