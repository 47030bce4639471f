// kind: header
+= 1
