package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name string `json:"name" db:"user_name"`
	Age  int    `json:"age,omitempty"`
	note string
}

func main() {
	t := reflect.TypeOf(User{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
	fmt.Printf("%+v\n", User{"ann", 30, "x"})
}
